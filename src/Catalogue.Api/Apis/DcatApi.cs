namespace Catalogue.Api.Apis;

/// <summary>HealthDCAT-AP feeds and DCAT import (issue 3). Owned by the DCAT work; wired in EndpointExtensions.</summary>
public static class DcatApi
{
    public static WebApplication MapDcatApi(this WebApplication app) => app;
}

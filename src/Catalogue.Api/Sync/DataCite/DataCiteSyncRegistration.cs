using Catalogue.Api.Services;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.Engine;
using Catalogue.Sync.Http;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Everything the DataCite DOI sync adds to the host: the client (section <c>DataCite</c>), the sync target the
/// outbox dispatcher drives, the XSD publication gate, the DOI actions behind <c>/datasets/{id}/doi</c> and the
/// <c>sync datacite</c> / <c>emulate datacite</c> commands.
/// </summary>
public static class DataCiteSyncRegistration
{
    public static WebApplicationBuilder AddDataCiteSync(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var resilience = config.GetSection("DataCite:Resilience").Get<ResilienceOptions>();
        // Read when first resolved (so test hosts' settings apply). The client's options are validated at
        // startup; a server that does not sync with DataCite gets inert placeholders instead of a failed start.
        services.AddDataCiteClient(o =>
        {
            config.GetSection("DataCite").Bind(o);
            if (!IsEnabled(config)) FillPlaceholders(o);
        }, resilience);

        services.AddOptions<DataCiteSyncOptions>().BindConfiguration(DataCiteSyncOptions.Section);
        services.AddHostedService<DataCitePullScheduler>();
        services.AddSingleton<DataCiteSchema>();
        services.AddScoped<DataCiteMappingContexts>();
        services.AddScoped<DataCiteMetrics>();
        services.AddScoped<ConceptDoiSync>();
        services.AddScoped<DataCiteReconciler>();
        services.AddScoped<DataCitePuller>();
        services.AddScoped<DoiReservations>();
        services.AddScoped<DoiStatusQuery>();
        services.AddScoped<ISyncTarget, DataCiteSyncTarget>();
        services.AddScoped<IPublicationCheck, DataCitePublicationCheck>();
        DataCiteCli.Register();
        return builder;
    }

    private static bool IsEnabled(IConfiguration config) =>
        config.GetSection("Sync:Targets:Enabled").Get<string[]>()?.Contains(DataCiteReconciler.Target) == true;

    private static void FillPlaceholders(DataCiteOptions o)
    {
        if (string.IsNullOrEmpty(o.RepositoryId)) o.RepositoryId = "UNCONFIGURED.REPOSITORY";
        if (string.IsNullOrEmpty(o.Password)) o.Password = "unconfigured";
        if (string.IsNullOrEmpty(o.Prefix)) o.Prefix = "10.00000";
    }
}

using Catalogue.Api.Apis;
using Catalogue.Api.Http;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalogue.Api.Extensions;

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (embedded default) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
    public bool MigrateOnStart { get; set; } = true;
    public bool SeedDemo { get; set; } = true;
}

/// <summary>The composition root: everything the host registers, in one place.</summary>
public static class CatalogueServiceExtensions
{
    public static WebApplicationBuilder AddCatalogueServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        // Options are read when first resolved, not here, so a test host's settings apply too.
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database");
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        // Pooled: a request reuses a reset context instead of building one (and its services) from scratch.
        services.AddDbContextPool<CatalogueDbContext>((sp, o) => ConfigureDatabase(o, sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<IConfiguration>()));

        services.AddMemoryCache();
        services.AddAuthentication(ApiKeyAuthenticationHandler.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.Scheme, null);
        services.AddAuthorization();
        services.AddCatalogueRateLimits(config);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, RecordJsonContext.Default));
        services.Configure<SyncTargetsOptions>(config.GetSection("Sync:Targets"));
        services.AddScoped<OutboxWriter>();
        services.AddScoped<DatasetStore>();
        services.AddSingleton<SqliteDocumentReads>();
        services.AddScoped<OrganizationStore>();
        services.AddScoped<RevisionStore>();
        services.AddCatalogueGraphQL();
        builder.AddCatalogueSync();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new() { Title = "Health data catalogue", Version = "v1", Description = "Register and read health dataset metadata (HealthDCAT-AP)." });
            o.CustomSchemaIds(t => t.FullName!.Replace("Catalogue.", "").Replace('+', '.'));
        });
        services.AddOptions<RequestLimitOptions>().BindConfiguration("RequestLimits");
        // Kestrel's global cap is the largest route limit; RequestSizeLimitMiddleware lowers it per request.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 100 * 1024 * 1024);
        return builder;
    }

    private static void ConfigureDatabase(DbContextOptionsBuilder o, DatabaseOptions db, IConfiguration config)
    {
        var connection = config.GetConnectionString("Catalogue");
        if (string.Equals(db.Provider, "Postgres", StringComparison.OrdinalIgnoreCase))
            o.UseNpgsql(connection ?? throw new InvalidOperationException("ConnectionStrings:Catalogue is required for PostgreSQL."));
        else
            o.UseSqlite(connection ?? "Data Source=data/catalogue.db");
        // Migrations are hand-written (no design-time package here), so there is no model snapshot to compare.
        // FacetsByFacetKey turns SQLite's foreign keys off around its table rebuild, which only works outside a
        // transaction; the rebuild itself is one transaction. Said at Information, not as a warning on every new database.
        o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)
            .Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)));
        o.UseQueryTrackingBehavior(QueryTrackingBehavior.TrackAll);
    }
}

using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Extensions;

/// <summary>Start-up work that must finish before the first request: migrate, seed the demo, provision the admin key.</summary>
public static class DatabaseInitializer
{
    public const string BootstrapKeyVariable = "CATALOGUE_BOOTSTRAP_ADMIN_KEY";

    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        if (!db.IsPostgres)
        {
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } dir) Directory.CreateDirectory(dir);
        }
        if (options.MigrateOnStart) await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        // Rows stored before the listing summary existed get it now (once; a no-op query afterwards).
        await Services.DatasetSummary.BackfillAsync(db, null, ct);

        if (options.SeedDemo && !await db.Organizations.AnyAsync(ct))
            await DemoSeeder.SeedAsync(scope.ServiceProvider, ct);

        var key = Environment.GetEnvironmentVariable(BootstrapKeyVariable)
            ?? scope.ServiceProvider.GetRequiredService<IConfiguration>()[BootstrapKeyVariable];
        if (!string.IsNullOrEmpty(key)) await ApiKeys.EnsureBootstrapAsync(db, key, ct);
    }
}

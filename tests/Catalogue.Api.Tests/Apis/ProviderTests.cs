using Catalogue.Api.Infrastructure;
using Catalogue.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>Proves which database the suite ran against, so a green PostgreSQL run cannot be SQLite in disguise.</summary>
public sealed class ProviderTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task The_server_runs_on_the_configured_provider_with_all_migrations_applied()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(factory.IsPostgres, db.IsPostgres);
        Assert.Contains(factory.IsPostgres ? "Npgsql" : "Sqlite", db.Database.ProviderName);
        Assert.Empty(await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database));
        Assert.NotEmpty(await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetAppliedMigrationsAsync(db.Database));
    }
}

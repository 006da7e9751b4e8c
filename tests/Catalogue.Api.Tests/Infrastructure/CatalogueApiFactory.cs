using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Catalogue.Api.Tests.Infrastructure;

/// <summary>
/// The real server over a fresh database per fixture: SQLite by default, PostgreSQL when
/// CATALOGUE_TEST_POSTGRES holds a server connection string (CI runs the suite both ways).
/// </summary>
public class CatalogueApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "ck_testadmin001_abcdefghijklmnopqrstuvwxyz0123";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "catalogue-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresServer = Environment.GetEnvironmentVariable("CATALOGUE_TEST_POSTGRES");
    private string? _postgresDatabase;

    public bool IsPostgres => _postgresServer is not null;
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        if (_postgresServer is null) return;
        _postgresDatabase = "cat_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(_postgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        builder.UseEnvironment("Testing");
        if (_postgresServer is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Catalogue", new NpgsqlConnectionStringBuilder(_postgresServer) { Database = _postgresDatabase }.ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Catalogue", $"Data Source={Path.Combine(_dir, "catalogue.db")}");
        }
        builder.UseSetting("CATALOGUE_BOOTSTRAP_ADMIN_KEY", AdminKey);
        builder.UseSetting("Security:KeyCacheSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        foreach (var (k, v) in ExtraSettings) builder.UseSetting(k, v);
    }

    public HttpClient Anonymous() => CreateClient();

    public HttpClient WithKey(string key)
    {
        var c = CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", key);
        return c;
    }

    public HttpClient Admin() => WithKey(AdminKey);

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
        if (_postgresServer is not null && _postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_postgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

using Catalogue.Api.Infrastructure;
using Catalogue.Api.Sync;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;
using Catalogue.Emulators.Udata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>Two servers, each with its own dispatcher, on one database: every outbox item is handled exactly once.</summary>
public sealed class UdataTwoWorkersTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "catalogue-tests", "two-workers-" + Guid.NewGuid().ToString("N"));
    private UdataEmulator _emulator = null!;
    private SharedDatabaseFactory _first = null!, _second = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions());
        _emulator.Faults.Latency = TimeSpan.FromMilliseconds(30);
        var (provider, connection) = await SharedDatabase.CreateAsync(_dir);
        _first = new SharedDatabaseFactory(_emulator, provider, connection, "worker-a");
        _ = _first.Server; // migrate and seed before the second one starts
        _second = new SharedDatabaseFactory(_emulator, provider, connection, "worker-b");
        _ = _second.Server;
    }

    [Fact]
    public async Task Each_dataset_is_created_once_and_every_item_is_processed()
    {
        // More work than the seed queued, for the two dispatchers to race on.
        using (var scope = _first.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SyncCommands>().EnqueueAllAsync("udata", null, default);
        using (var scope = _second.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SyncCommands>().EnqueueAllAsync("udata", null, default);

        await SyncProbe.DrainedAsync(_first.Admin(), TimeSpan.FromMinutes(2));

        var creates = _emulator.Faults.Requests.Count(r => r.Method == "POST" && r.Path == "/api/1/datasets/");
        Assert.Equal(DemoCatalogue.Records().Count, creates);
        var remote = SyncProbe.RemoteByCatalogueId(_emulator);
        Assert.Equal(DemoCatalogue.Records().Count, remote.Count);
        Assert.All(remote.Values, copies => Assert.Single(copies));
        using var check = _first.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.ProcessedAt == null));
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.LockedBy != null));
    }

    private SharedDb SharedDatabase { get; } = new();

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _emulator.DisposeAsync();
        await SharedDatabase.DropAsync();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private sealed class SharedDatabaseFactory(UdataEmulator emulator, string provider, string connection, string worker) : CatalogueApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(UdataSyncFactory.SyncSettings(emulator, 0.05))
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Catalogue"] = connection,
            ["Sync:Dispatcher:WorkerId"] = worker,
            ["Sync:Dispatcher:BatchSize"] = "2",
        };
    }
}

/// <summary>One database for both servers: a SQLite file, or a fresh PostgreSQL database when CATALOGUE_TEST_POSTGRES is set.</summary>
internal sealed class SharedDb
{
    private readonly string? _server = Environment.GetEnvironmentVariable("CATALOGUE_TEST_POSTGRES");
    private string? _name;

    public async Task<(string Provider, string Connection)> CreateAsync(string dir)
    {
        if (_server is null) return ("Sqlite", $"Data Source={Path.Combine(dir, "shared.db")}");
        _name = "cat_two_" + Guid.NewGuid().ToString("N")[..12];
        await Execute($"CREATE DATABASE {_name}");
        return ("Postgres", new Npgsql.NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);
    }

    public async Task DropAsync()
    {
        if (_server is null || _name is null) return;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task Execute(string sql)
    {
        await using var conn = new Npgsql.NpgsqlConnection(_server);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;
using Catalogue.Emulators.Udata;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// The server runs as its own process, is killed while pushes are in flight and started again on the same
/// database: no dataset is created twice on data.gouv.fr, every record arrives, and no revision is lost.
/// </summary>
public sealed class UdataKillRestartTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "catalogue-tests", "kill-" + Guid.NewGuid().ToString("N"));
    private UdataEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions());
        // Slow enough that a kill lands in the middle of a dataset's push (create, resources, order).
        _emulator.Faults.Latency = TimeSpan.FromMilliseconds(120);
    }

    [Fact]
    public async Task Killing_the_server_mid_push_loses_nothing_and_duplicates_nothing()
    {
        var env = Environment();
        Dictionary<Guid, int> revisionsBeforeKill;
        using (var server = ServerProcess.Start(env))
        {
            await server.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            using var admin = Admin(server);
            await SyncProbe.WaitUntilAsync(() => Task.FromResult(_emulator.State.DatasetIds.Count >= 2), "pushes to be under way", TimeSpan.FromSeconds(60));
            revisionsBeforeKill = await RevisionCountsAsync(admin);
            server.Kill();
        }
        Assert.True(SyncProbe.RemoteByCatalogueId(_emulator).Count < DemoCatalogue.Records().Count, "the kill should land before every record was pushed");

        _emulator.Faults.Latency = TimeSpan.FromMilliseconds(20);
        using (var server = ServerProcess.Start(env))
        {
            await server.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            using var admin = Admin(server);
            await SyncProbe.DrainedAsync(admin, TimeSpan.FromMinutes(2));

            var remote = SyncProbe.RemoteByCatalogueId(_emulator);
            Assert.Equal(DemoCatalogue.Records().Select(d => d.Record.Id).Order(), remote.Keys.Order());
            Assert.All(remote.Values, copies => Assert.Single(copies));
            var after = await RevisionCountsAsync(admin);
            foreach (var (id, count) in revisionsBeforeKill) Assert.True(after[id] >= count, $"revisions of {id}: {after[id]} < {count}");
            foreach (var demo in DemoCatalogue.Records())
            {
                var (record, _) = await SyncProbe.GetAsync(admin, demo.Record.Id);
                var copy = remote[demo.Record.Id][0];
                Assert.Equal((string?)record["title"]!["fr"], (string?)copy["title"]);
                Assert.Equal(demo.Record.Distributions.Count, copy["resources"]!.AsArray().Count);
                Assert.Equal("synced", (string?)(await SyncProbe.SyncStateAsync(admin, demo.Record.Id))["status"]);
            }
        }
    }

    private Dictionary<string, string> Environment()
    {
        var env = UdataSyncFactory.SyncSettings(_emulator, 0.1).ToDictionary(kv => kv.Key.Replace(":", "__"), kv => kv.Value!);
        env["Sync__Dispatcher__LeaseSeconds"] = "3";
        env["Database__Provider"] = "Sqlite";
        env["ConnectionStrings__Catalogue"] = $"Data Source={Path.Combine(_dir, "catalogue.db")}";
        env[Catalogue.Api.Extensions.DatabaseInitializer.BootstrapKeyVariable] = CatalogueApiFactory.AdminKey;
        env["Security__KeyCacheSeconds"] = "0";
        env["Logging__LogLevel__Default"] = "Warning";
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        return env;
    }

    private static HttpClient Admin(ServerProcess server)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", CatalogueApiFactory.AdminKey);
        return http;
    }

    private static async Task<Dictionary<Guid, int>> RevisionCountsAsync(HttpClient admin)
    {
        var counts = new Dictionary<Guid, int>();
        foreach (var d in DemoCatalogue.Records()) counts[d.Record.Id] = (await SyncProbe.RevisionsAsync(admin, d.Record.Id)).Count;
        return counts;
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

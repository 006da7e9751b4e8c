using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;
using Catalogue.Emulators.Udata;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// Each fault switch of the emulator, hit while a record is created and another edited: once the fault is
/// gone, both sides are equal and nothing was created twice.
/// </summary>
public sealed class UdataFaultTests(UdataSyncFactory factory) : IClassFixture<UdataSyncFactory>
{
    private static readonly Guid Edited = new("d5e70000-0000-4000-8000-000000000002");

    public static TheoryData<string> Faults => ["5xx burst", "429 Retry-After", "423 read-only", "connection reset", "latency"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task After_the_fault_both_sides_are_equal_and_nothing_is_duplicated(string fault)
    {
        var admin = factory.Admin();
        var emulator = factory.Emulator;
        await SyncProbe.DrainedAsync(admin);
        try
        {
            switch (fault)
            {
                case "5xx burst": emulator.Faults.FailNext(8, 503); break;
                case "429 Retry-After": emulator.Faults.RateLimitNext(4, TimeSpan.FromSeconds(1)); break;
                case "423 read-only": emulator.Faults.ReadOnly = true; break;
                case "connection reset": emulator.Faults.ResetConnectionNext(5); break;
                case "latency": emulator.Faults.Latency = TimeSpan.FromMilliseconds(250); break;
            }
            var title = $"Passages aux urgences — {fault}";
            await SyncProbe.EditAsync(admin, Edited, r => r["title"]!["fr"] = title);
            var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(NewRecord(fault))).Ok(System.Net.HttpStatusCode.Created);
            var createdId = Guid.Parse((string)created["id"]!);

            if (fault == "423 read-only")
            {
                // While creation is disabled the record waits in the outbox, with the failure visible.
                await SyncProbe.WaitUntilAsync(async () => (int)(await StatusAsync(admin))["failed"]! > 0, "a failed attempt to be recorded");
                Assert.False(SyncProbe.RemoteByCatalogueId(emulator).ContainsKey(createdId));
                emulator.Faults.ReadOnly = false;
            }
            await SyncProbe.DrainedAsync(admin);
            emulator.Faults.Clear();

            var remote = SyncProbe.RemoteByCatalogueId(emulator);
            Assert.All(remote.Values, copies => Assert.Single(copies));
            Assert.Equal(title, (string?)remote[Edited][0]["title"]);
            Assert.Equal((string?)created["title"]!["fr"], (string?)Assert.Single(remote[createdId])["title"]);
            Assert.Equal("synced", (string?)(await SyncProbe.SyncStateAsync(admin, createdId))["status"]);
            Assert.Equal(DemoCatalogue.Records().Count + CreatedSoFar(remote), remote.Count);
        }
        finally { emulator.Faults.Clear(); }
    }

    private static int CreatedSoFar(Dictionary<Guid, List<JsonObject>> remote) =>
        remote.Values.Count(v => ((string?)v[0]["title"])?.StartsWith("Enquête test", StringComparison.Ordinal) == true);

    private static async Task<JsonNode> StatusAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonArray>("/api/v1/sync/status"))!.Single(t => (string?)t!["target"] == "udata")!;

    public static JsonObject NewRecord(string tag) => new()
    {
        ["organizationId"] = DemoCatalogue.Spf.ToString(),
        ["title"] = new JsonObject { ["fr"] = $"Enquête test ({tag}) {Guid.NewGuid():N}" },
        ["description"] = new JsonObject { ["fr"] = "Une enquête de test pour la synchronisation." },
        ["keywords"] = new JsonObject { ["fr"] = new JsonArray("enquête") },
    };
}

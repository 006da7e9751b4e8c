using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>Edits on data.gouv.fr come back as revisions; edits on both sides become recorded conflicts.</summary>
public sealed class UdataTwoWayTests : IClassFixture<UdataSyncFactory>
{
    private readonly UdataSyncFactory _factory;
    public UdataTwoWayTests(UdataSyncFactory factory) => _factory = factory;

    private static readonly Guid Emergency = new("d5e70000-0000-4000-8000-000000000002");
    private static readonly Guid Melanoma = new("d5e70000-0000-4000-8000-000000000001");

    [Fact]
    public async Task A_website_edit_comes_back_as_a_revision_authored_by_the_sync()
    {
        var admin = _factory.Admin();
        await SyncProbe.DrainedAsync(admin);
        var remoteId = (string)(await SyncProbe.SyncStateAsync(admin, Emergency))["remoteId"]!;

        await SyncProbe.HumanEditAsync(_factory.Emulator, remoteId, new JsonObject { ["title"] = "Passages aux urgences (édité sur data.gouv.fr)", ["tags"] = new JsonArray("hdh", "health-data-hub", "Grippe") });
        var report = await admin.PostAsync("/api/v1/sync/udata/pull", null).Ok();
        Assert.True((int)report["updated"]! >= 1, report.ToJsonString());

        var (record, _) = await SyncProbe.GetAsync(admin, Emergency);
        Assert.Equal("Passages aux urgences (édité sur data.gouv.fr)", (string?)record["title"]!["fr"]);
        Assert.Contains("grippe", record["tags"]!.AsArray().Select(t => (string?)t));
        var last = (await SyncProbe.RevisionsAsync(admin, Emergency)).MaxBy(r => (int)r!["number"]!)!;
        Assert.Equal("sync:udata", (string?)last["author"]);

        // Taking the edit must not bounce back: the website's tags win over the ones we derive.
        await SyncProbe.DrainedAsync(admin);
        var remote = _factory.Emulator.State.GetDatasetDocument(remoteId)!;
        Assert.Equal("Passages aux urgences (édité sur data.gouv.fr)", (string?)remote["title"]);
        Assert.Equal("synced", (string?)(await SyncProbe.SyncStateAsync(admin, Emergency))["status"]);
    }

    [Fact]
    public async Task Website_edits_pulled_together_are_each_a_revision_and_are_not_pushed_back()
    {
        var admin = _factory.Admin();
        await SyncProbe.DrainedAsync(admin);
        Guid[] ids = [new("d5e70000-0000-4000-8000-000000000006"), new("d5e70000-0000-4000-8000-000000000007")];
        var remoteIds = new List<string>();
        foreach (var id in ids)
        {
            var remoteId = (string)(await SyncProbe.SyncStateAsync(admin, id))["remoteId"]!;
            remoteIds.Add(remoteId);
            await SyncProbe.HumanEditAsync(_factory.Emulator, remoteId, new JsonObject { ["title"] = $"Titre revu sur data.gouv.fr ({id.ToString()[^1]})" });
        }

        var report = await admin.PostAsync("/api/v1/sync/udata/pull", null).Ok();
        Assert.True((int)report["updated"]! >= 2, report.ToJsonString());
        var requestsAfterPull = _factory.Emulator.Faults.Requests.Count;
        await SyncProbe.DrainedAsync(admin);

        foreach (var (id, remoteId) in ids.Zip(remoteIds))
        {
            var (record, _) = await SyncProbe.GetAsync(admin, id);
            Assert.Equal($"Titre revu sur data.gouv.fr ({id.ToString()[^1]})", (string?)record["title"]!["fr"]);
            var last = (await SyncProbe.RevisionsAsync(admin, id)).MaxBy(r => (int)r!["number"]!)!;
            Assert.Equal("sync:udata", (string?)last["author"]);
            var state = await SyncProbe.SyncStateAsync(admin, id);
            Assert.Equal("synced", (string?)state["status"]);
            Assert.Equal((int)last["number"]!, (int)state["lastPushedRevision"]!);
            // Taken from there, so nothing to send back: once the pull has read it, the dataset is neither read nor written.
            Assert.DoesNotContain(_factory.Emulator.Faults.Requests.Skip(requestsAfterPull), r => r.Path.Contains(remoteId));
        }
    }

    [Fact]
    public async Task Editing_the_same_field_on_both_sides_records_a_conflict_and_overwrites_neither()
    {
        var admin = _factory.Admin();
        await SyncProbe.DrainedAsync(admin);
        var remoteId = (string)(await SyncProbe.SyncStateAsync(admin, Melanoma))["remoteId"]!;

        await SyncProbe.HumanEditAsync(_factory.Emulator, remoteId, new JsonObject { ["title"] = "Titre choisi sur data.gouv.fr" });
        await SyncProbe.EditAsync(admin, Melanoma, r => r["title"]!["fr"] = "Titre choisi dans le catalogue");
        await SyncProbe.DrainedAsync(admin);

        var state = await SyncProbe.SyncStateAsync(admin, Melanoma);
        Assert.Equal("conflict", (string?)state["status"]);
        var conflict = state["conflicts"]!.AsArray().Single(c => (string?)c!["field"] == "title")!;
        Assert.Contains("catalogue", (string?)conflict["local"]);
        Assert.Contains("data.gouv.fr", (string?)conflict["remote"]);
        Assert.Equal("Titre choisi sur data.gouv.fr", (string?)_factory.Emulator.State.GetDatasetDocument(remoteId)!["title"]);
        Assert.Equal("Titre choisi dans le catalogue", (string?)(await SyncProbe.GetAsync(admin, Melanoma)).Record["title"]!["fr"]);
        var status = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/sync/status"))!.Single(t => (string?)t!["target"] == "udata")!;
        Assert.True((int)status["conflicts"]! >= 1);

        await admin.PostAsync($"/api/v1/datasets/{Melanoma}/sync/udata/resolve", TestHttp.Json(new JsonObject { ["choose"] = "local", ["field"] = "title" })).Ok();
        await SyncProbe.DrainedAsync(admin);
        Assert.Equal("Titre choisi dans le catalogue", (string?)_factory.Emulator.State.GetDatasetDocument(remoteId)!["title"]);
        Assert.Equal("synced", (string?)(await SyncProbe.SyncStateAsync(admin, Melanoma))["status"]);
    }

    [Fact]
    public async Task A_dataset_deleted_on_the_website_withdraws_the_record_without_deleting_it()
    {
        var admin = _factory.Admin();
        await SyncProbe.DrainedAsync(admin);
        var id = new Guid("d5e70000-0000-4000-8000-000000000004");
        var remoteId = (string)(await SyncProbe.SyncStateAsync(admin, id))["remoteId"]!;
        using (var http = new HttpClient { BaseAddress = _factory.Emulator.ApiRoot })
        {
            http.DefaultRequestHeaders.Add("X-API-KEY", Catalogue.Emulators.Udata.UdataEmulatorOptions.DemoApiKey);
            (await http.DeleteAsync($"datasets/{remoteId}/")).EnsureSuccessStatusCode();
        }

        var report = await admin.PostAsync("/api/v1/sync/udata/pull", null).Ok();
        Assert.Equal(1, (int)report["withdrawn"]!);
        var (record, _) = await SyncProbe.GetAsync(admin, id);
        Assert.Equal("Withdrawn", (string?)record["status"]);
        Assert.Equal("remote-deleted", (string?)(await SyncProbe.SyncStateAsync(admin, id))["status"]);
        await SyncProbe.DrainedAsync(admin);
        Assert.False(SyncProbe.RemoteByCatalogueId(_factory.Emulator).ContainsKey(id));

        // Published again here: the same dataset comes back there, not a new one.
        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        await SyncProbe.DrainedAsync(admin);
        var back = Assert.Single(SyncProbe.RemoteByCatalogueId(_factory.Emulator)[id]);
        Assert.Equal(remoteId, (string?)back["id"]);
        Assert.Null(back["archived"]);
        Assert.Equal("synced", (string?)(await SyncProbe.SyncStateAsync(admin, id))["status"]);
    }
}

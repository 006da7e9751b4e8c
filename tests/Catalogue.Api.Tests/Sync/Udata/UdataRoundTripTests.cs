using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>The demo catalogue pushed to the emulator over real HTTP, then pulled back.</summary>
public sealed class UdataRoundTripTests : IClassFixture<UdataSyncFactory>
{
    private readonly UdataSyncFactory _factory;
    public UdataRoundTripTests(UdataSyncFactory factory) => _factory = factory;

    private static readonly Guid Melanoma = new("d5e70000-0000-4000-8000-000000000001");

    [Fact]
    public async Task The_demo_catalogue_goes_up_once_with_the_right_fields_and_a_pull_changes_nothing()
    {
        var admin = _factory.Admin();
        await SyncProbe.DrainedAsync(admin);

        var remote = SyncProbe.RemoteByCatalogueId(_factory.Emulator);
        var demo = DemoCatalogue.Records();
        Assert.Equal(demo.Select(d => d.Record.Id).Order(), remote.Keys.Order());
        Assert.All(remote.Values, copies => Assert.Single(copies));

        var melanoma = remote[Melanoma][0];
        Assert.Equal("Base d'images dermoscopiques de mélanomes pour un data challenge", (string?)melanoma["title"]);
        Assert.False((bool)melanoma["private"]!);
        Assert.Equal("lov2", (string?)melanoma["license"]);
        Assert.Equal("never", (string?)melanoma["frequency"]);
        var tags = melanoma["tags"]!.AsArray().Select(t => (string)t!).ToList();
        Assert.Superset(new HashSet<string> { "hdh", "health-data-hub", "hcl", "sante", "melanome" }, tags.ToHashSet());
        Assert.Equal("fr:region:84", (string?)melanoma["spatial"]!["zones"]![0]);
        Assert.Equal(["Annotations", "Images 2016–2018 (partie 1/2)", "Images 2019–2021 (partie 2/2)", "Échantillon de 200 images", "Documentation de la base"],
            melanoma["resources"]!.AsArray().Select(r => (string)r!["title"]!));
        Assert.Equal(1_850_000_000L, (long)melanoma["resources"]![1]!["filesize"]!);
        Assert.Equal("sha256", (string?)melanoma["resources"]![1]!["checksum"]!["type"]);

        var draft = demo.Single(d => !d.Publish).Record.Id;
        Assert.True((bool)remote[draft][0]["private"]!);
        foreach (var restricted in demo.Where(d => d.Record.AccessRights != Domain.Model.AccessLevel.Public).Select(d => d.Record.Id))
        {
            Assert.Equal("restricted", (string?)remote[restricted][0]["access_type"]);
            Assert.Null(remote[restricted][0]["license"]);
        }

        var revisionsBefore = await RevisionCountsAsync(admin);
        var report = await admin.PostAsync("/api/v1/sync/udata/pull", null).Ok();
        Assert.Equal(0, (int)report["imported"]!);
        Assert.Equal(0, (int)report["conflicts"]!);
        await SyncProbe.DrainedAsync(admin);
        Assert.Equal(revisionsBefore, await RevisionCountsAsync(admin));
        Assert.Equal(demo.Count, SyncProbe.RemoteByCatalogueId(_factory.Emulator).Count);

        // The API key is configuration, never data: no sync answer carries it.
        foreach (var url in new[] { "/api/v1/sync/status", $"/api/v1/datasets/{Melanoma}/sync" })
            Assert.DoesNotContain(Catalogue.Emulators.Udata.UdataEmulatorOptions.DemoApiKey, await admin.GetStringAsync(url));

        var state = await SyncProbe.SyncStateAsync(admin, Melanoma);
        Assert.Equal("synced", (string?)state["status"]);
        Assert.Equal((string?)melanoma["id"], (string?)state["remoteId"]);
    }

    private static async Task<Dictionary<Guid, int>> RevisionCountsAsync(HttpClient admin)
    {
        var counts = new Dictionary<Guid, int>();
        foreach (var d in DemoCatalogue.Records()) counts[d.Record.Id] = (await SyncProbe.RevisionsAsync(admin, d.Record.Id)).Count;
        return counts;
    }
}

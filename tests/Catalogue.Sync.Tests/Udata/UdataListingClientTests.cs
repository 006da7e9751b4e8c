using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Emulators.Udata;
using Catalogue.Sync.Tests.Udata.Support;
using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>Page envelope, paging to the end, visibility in lists and the incremental pull of contract §5.</summary>
public sealed class UdataListingClientTests : IAsyncLifetime
{
    private UdataClientHarness _harness = null!;
    private IUdataClient Client => _harness.Client;

    public async Task InitializeAsync() => _harness = await UdataClientHarness.StartAsync();
    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task<List<UdataDataset>> CreateAsync(int count, bool isPrivate = false)
    {
        var created = new List<UdataDataset>();
        for (int i = 0; i < count; i++)
            created.Add((await Client.CreateDatasetAsync(UdataSamples.HealthDataset($"Jeu {i}") with { Private = isPrivate }, default)).EnsureSuccess());
        return created;
    }

    [Fact]
    public async Task Pages_carry_absolute_links_and_a_page_past_the_end_is_404()
    {
        await CreateAsync(5);
        var query = new UdataDatasetQuery { Organization = UdataEmulatorOptions.DemoOrganizationId, PageSize = 2 };

        UdataPage<UdataDataset> first = (await Client.ListDatasetsAsync(query, default)).EnsureSuccess();
        Assert.Equal((1, 2, 5, 2), (first.Page, first.PageSize, first.Total, first.Data.Count));
        Assert.Null(first.PreviousPage);
        Uri next = new(first.NextPage!);
        Assert.True(next.IsAbsoluteUri);
        Assert.Contains("organization=" + UdataEmulatorOptions.DemoOrganizationId, next.Query);
        Assert.Contains("page=2", next.Query);

        UdataPage<UdataDataset> last = (await Client.ListDatasetsAsync(query with { Page = 3 }, default)).EnsureSuccess();
        Assert.Single(last.Data);
        Assert.Null(last.NextPage);
        Assert.True((await Client.ListDatasetsAsync(query with { Page = 4 }, default)).IsNotFound);
        Assert.True((await Client.ListDatasetsAsync(query with { PageSize = 0 }, default)).IsValidationError);
        Assert.Equal("Organization arg must be an identifier",
            (await Client.ListDatasetsAsync(query with { Organization = "health-data-hub" }, default)).Error?.Message);
    }

    [Fact]
    public async Task Listing_everything_follows_next_page_to_the_end()
    {
        List<UdataDataset> created = await CreateAsync(5);

        var all = new List<UdataDataset>();
        await foreach (UdataDataset dataset in Client.ListAllDatasetsAsync(new UdataDatasetQuery { PageSize = 2 }, default)) all.Add(dataset);

        Assert.Equal(created.Select(d => d.Id).Order(), all.Select(d => d.Id).Order());
        Assert.Equal(3, _harness.RequestsTo("GET", "/api/1/datasets/"));
    }

    [Fact]
    public async Task Paging_stops_quietly_when_the_next_page_has_vanished()
    {
        List<UdataDataset> created = await CreateAsync(3);
        var query = new UdataDatasetQuery { PageSize = 2 };
        UdataPage<UdataDataset> first = (await Client.ListDatasetsAsync(query, default)).EnsureSuccess();
        // Between two pages, a dataset disappears: page 2 is now past the end (404 in udata).
        foreach (UdataDataset dataset in created.Where(d => first.Data.All(f => f.Id != d.Id)))
            Assert.True((await Client.DeleteDatasetAsync(dataset.Id, default)).IsSuccess);

        var anonymous = _harness.ClientWithKey(null);
        var seen = new List<string>();
        await foreach (UdataDataset dataset in anonymous.ListAllDatasetsAsync(query, default)) seen.Add(dataset.Id);

        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task Anonymous_lists_hide_private_and_deleted_datasets_that_the_owner_sees()
    {
        List<UdataDataset> drafts = await CreateAsync(2, isPrivate: true);
        List<UdataDataset> published = await CreateAsync(2);
        Assert.True((await Client.DeleteDatasetAsync(published[0].Id, default)).IsSuccess);

        UdataPage<UdataDataset> anonymous = (await _harness.ClientWithKey(null).ListDatasetsAsync(new UdataDatasetQuery(), default)).EnsureSuccess();
        Assert.Equal([published[1].Id], anonymous.Data.Select(d => d.Id));

        UdataPage<UdataDataset> owner = (await Client.ListDatasetsAsync(new UdataDatasetQuery(), default)).EnsureSuccess();
        Assert.Equal(4, owner.Total);
        UdataPage<UdataDataset> notDeleted = (await Client.ListDatasetsAsync(new UdataDatasetQuery { Deleted = false }, default)).EnsureSuccess();
        Assert.Equal(3, notDeleted.Total);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await _harness.ClientWithKey(null).ListDatasetsAsync(new UdataDatasetQuery { Deleted = false }, default)).StatusCode);

        UdataPage<UdataDataset> orgView = (await Client.ListOrganizationDatasetsAsync(UdataEmulatorOptions.DemoOrganizationId, 1, 20, default)).EnsureSuccess();
        Assert.Contains(orgView.Data, d => d.Id == drafts[0].Id);
        // The organisation listing is not filtered on deleted datasets, but still hides drafts from the public.
        UdataPage<UdataDataset> publicOrgView = (await _harness.ClientWithKey(null)
            .ListOrganizationDatasetsAsync(UdataEmulatorOptions.DemoOrganizationId, 1, 20, default)).EnsureSuccess();
        Assert.Equal(new[] { published[0].Id, published[1].Id }.Order(), publicOrgView.Data.Select(d => d.Id).Order());
    }

    [Fact]
    public async Task Incremental_pull_returns_only_datasets_modified_after_the_checkpoint()
    {
        List<UdataDataset> created = await CreateAsync(3);
        DateTimeOffset checkpoint = created.Max(d => d.Internal!.LastModifiedInternal!.Value);

        // A person edits one dataset on the website; the API edits another.
        using HttpClient raw = _harness.RawHttp();
        using HttpResponseMessage edit = await raw.PostAsJsonAsync($"_emulator/datasets/{created[0].Id}/human-edit",
            new JsonObject { ["description"] = "Corrigé à la main", ["tags"] = new JsonArray("Santé Publique") });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await Client.CreateRemoteResourceAsync(created[2].Id, new UdataResourceWrite { Title = "R", Url = "https://example.org/r.csv" }, default);

        var changed = new List<UdataDataset>();
        await foreach (UdataDataset dataset in Client.ListOrganizationDatasetsModifiedSinceAsync(UdataEmulatorOptions.DemoOrganizationId, checkpoint, default))
            changed.Add(dataset);

        Assert.Equal(new[] { created[0].Id, created[2].Id }.Order(), changed.Select(d => d.Id).Order());
        UdataDataset humanEdited = changed.Single(d => d.Id == created[0].Id);
        Assert.Equal(["sante-publique"], humanEdited.Tags);
        EmulatorRequest listing = _harness.Emulator.Faults.Requests.Last(r => r.Path == "/api/1/datasets/");
        Assert.Contains("sort=-last_update", listing.Query);
        Assert.Contains("organization=" + UdataEmulatorOptions.DemoOrganizationId, listing.Query);
    }

    [Fact]
    public async Task Metadata_edits_move_last_modified_but_not_last_update_once_resources_exist()
    {
        UdataDataset dataset = (await CreateAsync(1))[0];
        await Client.CreateRemoteResourceAsync(dataset.Id, new UdataResourceWrite { Title = "R", Url = "https://example.org/r.csv" }, default);
        UdataDataset withResource = (await Client.GetDatasetAsync(dataset.Id, default)).EnsureSuccess();

        UdataDataset edited = (await Client.UpdateDatasetAsync(dataset.Id, UdataDatasetWrite.From(withResource) with { Description = "Autre" }, default)).EnsureSuccess();

        Assert.True(edited.LastModified > withResource.LastModified);
        Assert.Equal(withResource.LastUpdate, edited.LastUpdate);
    }
}

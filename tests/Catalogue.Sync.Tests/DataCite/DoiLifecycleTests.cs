using System.Net;
using Catalogue.Emulators.DataCite;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>The DOI state machine and DataCite's error answers, through the typed client over HTTP.</summary>
public sealed class DoiLifecycleTests : IAsyncLifetime
{
    private DataCiteEmulator _emulator = null!;
    private ClientHandle _handle = null!;
    private IDataCiteClient Client => _handle.Client;

    public async Task InitializeAsync()
    {
        _emulator = await DataCiteTestEnvironment.StartEmulatorAsync();
        _handle = DataCiteTestEnvironment.CreateClient(_emulator);
    }

    public async Task DisposeAsync()
    {
        await _handle.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    private async Task<string> ReserveDraftAsync()
    {
        DataCiteResponse<DoiDocument> created = await Client.CreateDoiAsync(new DoiAttributes { Prefix = DataCiteTestEnvironment.Prefix }, default);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.EnsureContent().Data.Id!;
    }

    [Fact]
    public async Task Draft_is_published_updated_and_hidden()
    {
        string doi = await ReserveDraftAsync();
        Assert.Matches(@"^10\.99999/[0-9a-z]{4}-[0-9a-z]{4}$", doi);
        Assert.Equal(DoiStates.Draft, (await Client.GetDoiAsync(doi, default)).EnsureContent().Data.Attributes.State);

        DataCiteMetadata metadata = SampleMetadata.Rich(doi);
        DoiAttributes published = (await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(metadata, DoiEvents.Publish), default))
            .EnsureContent().Data.Attributes;
        Assert.Equal(DoiStates.Findable, published.State);
        Assert.True(published.IsActive);
        Assert.NotNull(published.Registered);
        Assert.Equal("2024-03-01", published.Published);
        // SPDX normalisation happened server-side.
        DoiRights rights = Assert.Single(published.RightsList!);
        Assert.Equal("Etalab Open License 2.0", rights.Rights);
        Assert.Equal("https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf", rights.RightsUri);
        Assert.Equal("https://ror.org/0yyyyyy00", published.Publisher!.PublisherIdentifier);

        DataCiteMetadata renamed = metadata with { Titles = [new DataCiteTitle("Titre révisé", "fr")] };
        DoiAttributes updated = (await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(renamed), default)).EnsureContent().Data.Attributes;
        Assert.Equal(DoiStates.Findable, updated.State);
        Assert.Equal("Titre révisé", Assert.Single(updated.Titles!).Title);
        Assert.True(updated.MetadataVersion > published.MetadataVersion);

        DoiAttributes hidden = (await Client.UpdateDoiAsync(doi, new DoiAttributes { Event = DoiEvents.Hide, Reason = "retiré" }, default))
            .EnsureContent().Data.Attributes;
        Assert.Equal(DoiStates.Registered, hidden.State);
        Assert.False(hidden.IsActive);
        Assert.Equal("Titre révisé", Assert.Single(hidden.Titles!).Title);

        JsonApiListDocument activities = (await Client.GetActivitiesAsync(doi, default)).EnsureContent();
        Assert.Equal(4, activities.Data.Count);
        Assert.Contains(activities.Data, a => a.Attributes!["changes"]!["state"]?.ToJsonString() == "[\"findable\",\"registered\"]");
    }

    [Fact]
    public async Task Invalid_events_are_silent_no_ops()
    {
        string doi = await ReserveDraftAsync();

        DataCiteResponse<DoiDocument> hideDraft = await Client.UpdateDoiAsync(doi, new DoiAttributes { Event = DoiEvents.Hide }, default);
        Assert.Equal(HttpStatusCode.OK, hideDraft.StatusCode);
        Assert.Equal(DoiStates.Draft, hideDraft.EnsureContent().Data.Attributes.State);

        await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(SampleMetadata.Rich(doi), DoiEvents.Publish), default);
        DataCiteResponse<DoiDocument> registerFindable = await Client.UpdateDoiAsync(doi, new DoiAttributes { Event = DoiEvents.Register }, default);
        Assert.Equal(HttpStatusCode.OK, registerFindable.StatusCode);
        Assert.Equal(DoiStates.Findable, registerFindable.EnsureContent().Data.Attributes.State);
    }

    [Fact]
    public async Task Drafts_can_be_deleted_but_findable_DOIs_cannot()
    {
        string draft = await ReserveDraftAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteDoiAsync(draft, default)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetDoiAsync(draft, default)).StatusCode);

        string findable = await ReserveDraftAsync();
        await Client.UpdateDoiAsync(findable, DataCiteJsonMapper.ToAttributes(SampleMetadata.Rich(findable), DoiEvents.Publish), default);
        DataCiteResponse<object> refused = await Client.DeleteDoiAsync(findable, default);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        DataCiteError error = Assert.Single(refused.Errors);
        Assert.Equal("405", error.Status);
        Assert.Equal("Method not allowed", error.Title);
    }

    [Fact]
    public async Task Duplicate_DOI_is_422_and_foreign_prefix_is_403()
    {
        string doi = await ReserveDraftAsync();

        DataCiteResponse<DoiDocument> duplicate = await Client.CreateDoiAsync(new DoiAttributes { Doi = doi }, default);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal(new DataCiteError { Source = "doi", Title = "This DOI has already been taken" }, Assert.Single(duplicate.Errors));

        DataCiteResponse<DoiDocument> foreign = await Client.CreateDoiAsync(new DoiAttributes { Doi = $"{DataCiteTestEnvironment.OtherPrefix}/abcd-1234" }, default);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("You are not authorized to access this resource.", Assert.Single(foreign.Errors).Title);
        var ex = Assert.Throws<DataCiteApiException>(() => foreign.EnsureContent());
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
    }

    [Fact]
    public async Task PUT_on_an_unknown_DOI_creates_it()
    {
        DataCiteResponse<DoiDocument> upsert = await Client.UpdateDoiAsync("10.99999/HDH-123", DataCiteJsonMapper.ToAttributes(SampleMetadata.Rich()), default);

        Assert.Equal(HttpStatusCode.Created, upsert.StatusCode);
        Assert.Equal("10.99999/hdh-123", upsert.EnsureContent().Data.Id);
        Assert.Equal(DoiStates.Draft, (await Client.GetDoiAsync("10.99999/hdh-123", default)).EnsureContent().Data.Attributes.State);
    }

    [Fact]
    public async Task Leaving_draft_with_invalid_metadata_returns_DataCite_s_envelope_and_keeps_the_draft()
    {
        string doi = await ReserveDraftAsync();
        DataCiteMetadata invalid = SampleMetadata.Rich(doi) with { Titles = [], PublicationYear = null };
        // Our own validator catches it first, field by field…
        var validator = new DataCiteXsdValidator(DataCiteTestEnvironment.SchemaDirectory);
        Assert.Contains(validator.Validate(invalid), e => e.Location == "/resource/titles[1]");

        // …and when pushed anyway, DataCite refuses it with lupo's libxml2-style messages.
        DataCiteResponse<DoiDocument> refused = await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(invalid, DoiEvents.Publish), default);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        DataCiteError titles = Assert.Single(refused.Errors, e => e.Source == "titles");
        Assert.Matches(@"^DOI 10\.99999/[0-9a-z-]+: Missing child element\(s\)\. Expected is \( \{http://datacite\.org/schema/kernel-4\}title \)\. at line \d+, column 0$", titles.Title);
        Assert.Equal(doi, titles.Uid);
        DataCiteError year = Assert.Single(refused.Errors, e => e.Source == "publication_year");
        Assert.True(year.Title!.Contains(@"[facet 'pattern'] The value '' is not accepted by the pattern '[\d]{4}'."), year.Title);
        Assert.Equal(DoiStates.Draft, (await Client.GetDoiAsync(doi, default)).EnsureContent().Data.Attributes.State);
    }

    [Fact]
    public async Task Validate_endpoint_answers_200_with_errors_and_saves_nothing()
    {
        DataCiteMetadata invalid = SampleMetadata.Rich("10.99999/check-0001") with { Titles = [] };

        DataCiteResponse<DoiValidationDocument> refused = await Client.ValidateDoiAsync(DataCiteJsonMapper.ToAttributes(invalid), default);
        DataCiteResponse<DoiValidationDocument> accepted = await Client.ValidateDoiAsync(DataCiteJsonMapper.ToAttributes(SampleMetadata.Rich("10.99999/check-0001")), default);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refused.EnsureContent().IsValid);
        Assert.Equal("titles", Assert.Single(refused.Content!.Errors!).Source);
        Assert.True(accepted.EnsureContent().IsValid);
        Assert.Equal("10.99999/check-0001", accepted.Content!.Data!.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetDoiAsync("10.99999/check-0001", default)).StatusCode);
    }

    [Fact]
    public async Task URL_outside_the_repository_domains_is_refused_only_outside_draft()
    {
        string doi = await ReserveDraftAsync();
        DataCiteMetadata elsewhere = SampleMetadata.Rich(doi) with { Url = "https://evil.example.com/x" };

        Assert.Equal(HttpStatusCode.OK, (await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(elsewhere), default)).StatusCode);
        DataCiteResponse<DoiDocument> publish = await Client.UpdateDoiAsync(doi, new DoiAttributes { Event = DoiEvents.Publish }, default);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        Assert.Equal("URL https://evil.example.com/x is not allowed by repository hdh.catalog domain settings.", Assert.Single(publish.Errors).Title);
    }

    [Fact]
    public async Task Lists_lag_behind_writes_until_the_index_is_flushed()
    {
        await using DataCiteEmulator lagging = await DataCiteTestEnvironment.StartEmulatorAsync(listLag: TimeSpan.FromHours(1));
        await using ClientHandle handle = DataCiteTestEnvironment.CreateClient(lagging);
        string doi = (await handle.Client.CreateDoiAsync(new DoiAttributes { Prefix = DataCiteTestEnvironment.Prefix }, default)).EnsureContent().Data.Id!;
        var query = new DoiListQuery { ClientId = "hdh.catalog" };

        Assert.Equal(HttpStatusCode.OK, (await handle.Client.GetDoiAsync(doi, default)).StatusCode);
        Assert.Empty((await handle.Client.ListDoisAsync(query, default)).EnsureContent().Data);

        using var http = new HttpClient { BaseAddress = lagging.BaseAddress };
        (await http.PostAsync("_emulator/index", null)).EnsureSuccessStatusCode();

        Assert.Equal(doi, Assert.Single((await handle.Client.ListDoisAsync(query, default)).EnsureContent().Data).Id);
    }

    [Fact]
    public async Task Page_number_and_cursor_pagination_cover_every_DOI_once()
    {
        var created = new HashSet<string>();
        for (int i = 0; i < 5; i++) created.Add(await ReserveDraftAsync());

        DoiListDocument first = (await Client.ListDoisAsync(new DoiListQuery { ClientId = "hdh.catalog", PageSize = 2 }, default)).EnsureContent();
        Assert.Equal(5, first.Meta!.Total);
        Assert.Equal(3, first.Meta.TotalPages);
        Assert.Equal(1, first.Meta.Page);
        DoiListDocument last = (await Client.ListDoisAsync(new DoiListQuery { ClientId = "hdh.catalog", PageSize = 2, PageNumber = 3 }, default)).EnsureContent();
        Assert.Single(last.Data);
        Assert.Null(last.Links!.Next);

        var seen = new List<string>();
        DoiListDocument page = (await Client.ListDoisAsync(new DoiListQuery { ClientId = "hdh.catalog", PageSize = 2, Cursor = "" }, default)).EnsureContent();
        seen.AddRange(page.Data.Select(d => d.Id!));
        while (page.Links?.Next is { } next)
        {
            page = (await Client.ListDoisNextAsync(next, default)).EnsureContent();
            seen.AddRange(page.Data.Select(d => d.Id!));
        }
        Assert.Equal(created.Order(), seen.Order());
        Assert.Null(page.Meta!.Page);
    }

    [Fact]
    public async Task Updated_since_and_query_filter_the_list()
    {
        string doi = await ReserveDraftAsync();
        await Client.UpdateDoiAsync(doi, DataCiteJsonMapper.ToAttributes(SampleMetadata.Rich(doi)), default);
        await ReserveDraftAsync();
        DateTimeOffset updated = (await Client.GetDoiAsync(doi, default)).EnsureContent().Data.Attributes.Updated!.Value;

        async Task<int> CountAsync(DoiListQuery q) => (await Client.ListDoisAsync(q, default)).EnsureContent().Data.Count;

        Assert.Equal(2, await CountAsync(new DoiListQuery { ClientId = "hdh.catalog", UpdatedSince = updated.AddDays(-1) }));
        Assert.Equal(0, await CountAsync(new DoiListQuery { ClientId = "hdh.catalog", UpdatedSince = updated.AddDays(1) }));
        Assert.Equal(1, await CountAsync(new DoiListQuery { ClientId = "hdh.catalog", Query = "santé", UpdatedSince = updated.AddDays(-1) }));
        Assert.Equal(1, await CountAsync(new DoiListQuery { Prefix = DataCiteTestEnvironment.Prefix, Query = "titles.title:national" }));
    }

    [Fact]
    public async Task Wrong_password_reads_as_anonymous_and_cannot_write()
    {
        string draft = await ReserveDraftAsync();
        await using ClientHandle intruder = DataCiteTestEnvironment.CreateClient(_emulator, password: "wrong-password");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Client.GetDoiAsync(draft, default)).StatusCode);
        DataCiteResponse<DoiDocument> write = await intruder.Client.CreateDoiAsync(new DoiAttributes { Prefix = DataCiteTestEnvironment.Prefix }, default);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal("Bad credentials.", Assert.Single(write.Errors).Title);
    }

    [Fact]
    public async Task Prefixes_of_the_repository_are_listed()
    {
        JsonApiListDocument assigned = (await Client.GetClientPrefixesAsync("hdh.catalog", default)).EnsureContent();
        JsonApiResource clientPrefix = Assert.Single(assigned.Data);
        Assert.Equal("client-prefixes", clientPrefix.Type);
        Assert.Equal(DataCiteTestEnvironment.Prefix, clientPrefix.Relationships!["prefix"]!["data"]!["id"]!.GetValue<string>());

        JsonApiSingleDocument prefix = (await Client.GetPrefixAsync(DataCiteTestEnvironment.Prefix, default)).EnsureContent();
        Assert.Equal("hdh.catalog", prefix.Data!.Relationships!["clients"]!["data"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(2, (await Client.ListPrefixesAsync(null, default)).EnsureContent().Data.Count);
    }
}

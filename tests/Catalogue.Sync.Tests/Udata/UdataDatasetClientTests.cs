using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Emulators.Udata;
using Catalogue.Sync.Tests.Udata.Support;
using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>Dataset life cycle through the typed client against the emulator, over real HTTP.</summary>
public sealed class UdataDatasetClientTests : IAsyncLifetime
{
    private UdataClientHarness _harness = null!;
    private IUdataClient Client => _harness.Client;

    public async Task InitializeAsync() => _harness = await UdataClientHarness.StartAsync();
    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Create_returns_201_with_server_fields_and_normalised_tags()
    {
        UdataDatasetWrite write = UdataSamples.HealthDataset() with { Tags = [" Aaa bBB $$ $$-µ  ", "Health Data Hub", "hdh", "HDH"] };

        ApiResponse<UdataDataset> created = await Client.CreateDatasetAsync(write, default);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        UdataDataset dataset = created.EnsureSuccess();
        Assert.Matches("^[0-9a-f]{24}$", dataset.Id);
        Assert.Equal("enquete-sante-2023", dataset.Slug);
        Assert.Equal(["aaa-bbb-u", "hdh", "health-data-hub"], dataset.Tags);
        Assert.Equal(UdataTags.NormalizeAll(write.Tags), dataset.Tags);
        Assert.True(dataset.Private);
        Assert.Equal(UdataEmulatorOptions.DemoOrganizationId, dataset.Organization?.Id);
        Assert.Null(dataset.Owner);
        Assert.Equal("lov2", dataset.License);
        Assert.Equal(new UdataTemporalCoverage(new DateOnly(2019, 1, 1), new DateOnly(2023, 12, 31)), dataset.TemporalCoverage);
        Assert.Equal(["country:fr"], dataset.Spatial?.Zones);
        Assert.NotNull(dataset.Internal?.LastModifiedInternal);
        Assert.Equal(dataset.Internal!.CreatedAtInternal, dataset.Internal.LastModifiedInternal);
        Assert.Equal(new Uri(_harness.Emulator.ApiRoot, $"datasets/{dataset.Slug}/").AbsoluteUri, dataset.Uri);
    }

    [Fact]
    public async Task Update_with_the_full_object_keeps_everything_and_bumps_last_modified_internal()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();

        UdataDatasetWrite edit = UdataDatasetWrite.From(created) with { Description = "Nouvelle description" };
        UdataDataset updated = (await Client.UpdateDatasetAsync(created.Id, edit, default)).EnsureSuccess();

        Assert.Equal("Nouvelle description", updated.Description);
        Assert.Equal(created.Tags, updated.Tags);
        Assert.Equal(created.TemporalCoverage, updated.TemporalCoverage);
        Assert.Equal(created.Spatial?.Zones, updated.Spatial?.Zones);
        Assert.True(updated.Private);
        Assert.True(updated.Internal!.LastModifiedInternal > created.Internal!.LastModifiedInternal);
    }

    [Fact]
    public async Task A_put_without_tags_or_coverage_clears_them_which_is_why_the_client_sends_everything()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
        using HttpClient raw = _harness.RawHttp();

        using HttpResponseMessage partial = await raw.PutAsJsonAsync($"api/1/datasets/{created.Id}/",
            new { title = created.Title, description = "Partielle" });

        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        UdataDataset afterPartial = (await Client.GetDatasetAsync(created.Id, default)).EnsureSuccess();
        Assert.Empty(afterPartial.Tags);
        Assert.Null(afterPartial.TemporalCoverage);
        Assert.Null(afterPartial.Spatial);
        Assert.True(afterPartial.Private); // private, licence and frequency keep their value when absent
        Assert.Equal("lov2", afterPartial.License);
    }

    [Fact]
    public async Task Delete_is_soft_gone_for_the_public_visible_to_the_owner_and_restorable()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset() with { Private = false }, default)).EnsureSuccess();
        IUdataClient anonymous = _harness.ClientWithKey(null);

        Assert.True((await Client.DeleteDatasetAsync(created.Id, default)).IsSuccess);

        ApiResponse<UdataDataset> publicView = await anonymous.GetDatasetAsync(created.Id, default);
        Assert.True(publicView.IsGone);
        Assert.Equal("Dataset has been deleted", publicView.Error?.Message);
        UdataDataset ownerView = (await Client.GetDatasetAsync(created.Id, default)).EnsureSuccess();
        Assert.NotNull(ownerView.Deleted);
        Assert.True((await Client.DeleteDatasetAsync(created.Id, default)).IsGone);
        Assert.True((await Client.UpdateDatasetAsync(created.Id, UdataDatasetWrite.From(ownerView), default)).IsGone);

        UdataDataset restored = (await Client.RestoreDatasetAsync(created.Id, UdataDatasetWrite.From(ownerView), default)).EnsureSuccess();
        Assert.Null(restored.Deleted);
        Assert.True((await anonymous.GetDatasetAsync(created.Id, default)).IsSuccess);
    }

    [Fact]
    public async Task Private_datasets_are_404_for_others_and_writes_need_a_key()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
        IUdataClient anonymous = _harness.ClientWithKey(null);

        Assert.True((await anonymous.GetDatasetAsync(created.Id, default)).IsNotFound);
        ApiResponse<UdataDataset> write = await anonymous.CreateDatasetAsync(UdataSamples.HealthDataset(), default);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        ApiResponse<UdataDataset> badKey = await _harness.ClientWithKey("udata_wrong").GetDatasetAsync(created.Id, default);
        Assert.Equal(HttpStatusCode.Unauthorized, badKey.StatusCode);
        Assert.Equal("Invalid API token", badKey.Error?.Message);
    }

    [Fact]
    public async Task Someone_else_cannot_edit_a_public_dataset_403()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset() with { Private = false }, default)).EnsureSuccess();
        _harness.Emulator.State.AddUser(new EmulatorUser { Id = UdataEmulatorState.NewObjectId(), ApiKey = "udata_outsider" });

        ApiResponse<UdataDataset> response = await _harness.ClientWithKey("udata_outsider")
            .UpdateDatasetAsync(created.Id, UdataDatasetWrite.From(created), default);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have the permission to modify that object.", response.Error?.Message);
    }

    [Fact]
    public async Task Validation_errors_come_back_per_field_without_throwing()
    {
        ApiResponse<UdataDataset> response = await Client.CreateDatasetAsync(
            UdataSamples.HealthDataset() with { Tags = ["SI", "sante"], License = "no-such-licence" }, default);

        Assert.True(response.IsValidationError);
        Assert.Equal(["Tag \"si\" must be between 3 and 96 characters long."], response.Error!.FieldErrors["tags"]);
        Assert.Equal(["Not a valid choice"], response.Error.FieldErrors["license"]);
        UdataApiException thrown = Assert.Throws<UdataApiException>(() => response.EnsureSuccess());
        Assert.Contains("tags: Tag \"si\"", thrown.Message);
    }

    [Fact]
    public async Task A_changed_title_moves_the_slug_and_the_old_slug_redirects_308()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
        UdataDataset renamed = (await Client.UpdateDatasetAsync(created.Id,
            UdataDatasetWrite.From(created) with { Title = "Enquête santé 2024" }, default)).EnsureSuccess();
        Assert.Equal("enquete-sante-2024", renamed.Slug);

        using HttpClient raw = _harness.RawHttp();
        using HttpResponseMessage redirect = await raw.GetAsync($"api/1/datasets/{created.Slug}/");
        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal($"/api/1/datasets/{renamed.Slug}/", redirect.Headers.Location?.OriginalString);

        // The client follows same-host redirects itself, so a stale slug still resolves.
        Assert.Equal(created.Id, (await Client.GetDatasetAsync(created.Slug, default)).EnsureSuccess().Id);
    }

    [Fact]
    public async Task A_path_without_its_trailing_slash_is_redirected()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
        using HttpClient raw = _harness.RawHttp();

        using HttpResponseMessage response = await raw.GetAsync($"api/1/datasets/{created.Id}");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"/api/1/datasets/{created.Id}/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Legacy_frequencies_are_normalised_and_unknown_ones_rejected_with_a_message()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset() with { Frequency = "fortnighly" }, default)).EnsureSuccess();
        Assert.Equal("biweekly", created.Frequency);

        ApiResponse<UdataDataset> invalid = await Client.UpdateDatasetAsync(created.Id, UdataDatasetWrite.From(created) with { Frequency = "foo" }, default);
        Assert.True(invalid.IsValidationError);
        Assert.Equal("'foo' is not a valid UpdateFrequency", invalid.Error?.Message);
    }

    [Fact]
    public async Task Restricted_access_forces_the_licence_to_null()
    {
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset() with
        {
            AccessType = "restricted",
            AuthorizationRequestUrl = "https://www.health-data-hub.fr/depot",
        }, default)).EnsureSuccess();

        Assert.Equal("restricted", created.AccessType);
        Assert.Null(created.License);
        Assert.Equal("https://www.health-data-hub.fr/depot", created.AuthorizationRequestUrl);
    }

    [Fact]
    public async Task Unknown_zones_are_rejected_and_extras_round_trip()
    {
        var write = UdataSamples.HealthDataset() with
        {
            Spatial = new UdataSpatial { Zones = ["country:zz"], Granularity = "country" },
        };
        ApiResponse<UdataDataset> rejected = await Client.CreateDatasetAsync(write, default);
        Assert.Equal(["Unknown geoid(s): country:zz"], rejected.Error!.FieldErrors["spatial.zones"]);

        var extras = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["hdh:id"] = System.Text.Json.JsonDocument.Parse("\"HDH-42\"").RootElement,
        };
        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset() with { Extras = extras }, default)).EnsureSuccess();
        Assert.Equal("HDH-42", created.Extras!["hdh:id"].GetString());
    }

    [Fact]
    public async Task Organisation_and_vocabularies_are_served()
    {
        UdataOrganization org = (await Client.GetOrganizationAsync(UdataEmulatorOptions.DemoOrganizationId, default)).EnsureSuccess();
        Assert.Equal(UdataEmulatorOptions.DemoOrganizationName, org.Name);
        Assert.True((await Client.GetOrganizationAsync("000000000000000000000000", default)).IsNotFound);

        List<UdataLicense> licenses = (await Client.ListLicensesAsync(default)).EnsureSuccess();
        Assert.Contains(licenses, l => l.Id == "lov2" && l.Url == "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        Assert.Contains(licenses, l => l.Id == "notspecified");
        List<UdataFrequency> frequencies = (await Client.ListFrequenciesAsync(default)).EnsureSuccess();
        Assert.Equal("continuous", frequencies[0].Id);
        Assert.Equal("unknown", frequencies[^1].Id);
        Assert.Contains(frequencies, f => f.Id == "punctual");
        List<UdataGranularity> granularities = (await Client.ListGranularitiesAsync(default)).EnsureSuccess();
        Assert.Contains(granularities, g => g.Id == "fr:region");
        Assert.Equal("other", granularities[^1].Id);

        List<UdataZoneSuggestion> france = (await Client.SuggestZonesAsync("france", 5, default)).EnsureSuccess();
        Assert.Equal("country:fr", france[0].Id);
        Assert.Contains(france, z => z.Id == "fr:region:11"); // Île-de-France matches too
        List<UdataZoneSuggestion> bretagne = (await Client.SuggestZonesAsync("Bretagne", 5, default)).EnsureSuccess();
        Assert.Equal(("fr:region:53", "fr:region"), (Assert.Single(bretagne).Id, bretagne[0].Level));
    }
}

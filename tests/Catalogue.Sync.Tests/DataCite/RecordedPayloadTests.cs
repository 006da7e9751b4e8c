using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalogue.Emulators.DataCite;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>
/// The emulator replays DataCite's recorded traffic (shared/datacite/examples/api-recordings, _index.json):
/// recorded DOIs are seeded as stored, then read back through the HTTP API and compared semantically.
/// Computed by the emulator and therefore excluded where noted: <c>updated</c> (the clock) on writes,
/// <c>links</c> (host differs), <c>meta.total</c> and facets of list 05 (only its first page was recorded).
/// </summary>
public sealed class RecordedPayloadTests : IAsyncLifetime
{
    private const string RecordedRepository = "datacite.test";
    private const string RecordedPassword = "recorded-test-password";
    private DataCiteEmulator _emulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var options = DataCiteTestEnvironment.EmulatorOptions();
        options.Repositories.Add(new EmulatedRepository
        {
            Id = RecordedRepository, Password = RecordedPassword, ProviderId = "datacite",
            Prefixes =
            [
                // Ids and dates as in recordings 07 and 09.
                new EmulatedPrefix
                {
                    Prefix = "10.0330", ClientPrefixId = "02cc3433-6f5a-4a04-89bb-b5545df6bb1e",
                    ProviderPrefixId = "68ed0792-604b-461e-9316-53de84fc41be", ClientPrefixCreatedAt = DateTimeOffset.Parse("2020-03-27T15:02:38Z"),
                },
                new EmulatedPrefix
                {
                    Prefix = "10.80225", CreatedAt = DateTimeOffset.Parse("2019-07-03T14:06:37Z"),
                    ClientPrefixId = "56bdfd24-38a7-45a1-9cae-7d4570fc0668", ProviderPrefixId = "377cb5fe-98d0-430e-9075-6096ef7f23ec",
                    ClientPrefixCreatedAt = DateTimeOffset.Parse("2020-03-22T19:59:10Z"),
                },
            ],
        });
        _emulator = await DataCiteEmulator.StartAsync(options);
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RecordedRepository.ToUpperInvariant()}:{RecordedPassword}")));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public void Index_lists_the_recordings_this_suite_replays()
    {
        var index = Recording("_index.json").AsArray().Select(e => e!["file_prefix"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["01-get-doi-findable", "02-get-doi-draft", "03-update-draft-doi", "04-create-doi-duplicate-422", "05-list-dois-by-client",
             "06-random-doi", "07-get-prefix", "08-list-dois-empty", "09-list-repository-prefixes"],
            index);
    }

    [Theory]
    [InlineData("01-get-doi-findable", "10.80225%2Fda52-7919")]
    [InlineData("02-get-doi-draft", "10.80225%2F9fxk-aa96")]
    public async Task Seeded_DOI_is_served_back_identically(string recording, string escapedDoi)
    {
        JsonObject recorded = Recording($"{recording}.response.json").AsObject();
        _emulator.State.Seed((JsonObject)recorded.DeepClone());

        HttpResponseMessage response = await _http.GetAsync($"dois/{escapedDoi}?include=client");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        JsonAssert.Equivalent(recorded, await Json(response));
    }

    [Fact]
    public async Task Recorded_PATCH_of_a_draft_gives_the_recorded_answer()
    {
        _emulator.State.Seed(Recording("02-get-doi-draft.response.json").AsObject());
        JsonNode request = Recording("03-update-draft-doi.request.json");

        HttpResponseMessage response = await _http.PatchAsync("dois/10.80225%2F9fxk-aa96", JsonApi(request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode actual = await Json(response);
        JsonNode expected = Recording("03-update-draft-doi.response.json");
        // Regenerated XML (with the Other/CreativeWork resourceType fallback) and metadataVersion 2→3 must match;
        // only the timestamp is the emulator's own.
        JsonAssert.Equivalent(expected, actual, "$.data.attributes.updated");
        Assert.Equal(Decode(expected["data"]!["attributes"]!["xml"]!), Decode(actual["data"]!["attributes"]!["xml"]!));
    }

    [Fact]
    public async Task Recorded_create_of_an_existing_DOI_gives_the_recorded_422()
    {
        JsonObject existing = (JsonObject)Recording("02-get-doi-draft.response.json")["data"]!.DeepClone();
        existing["id"] = "10.80225/2pwf-ry88";
        _emulator.State.SeedResource(existing);

        HttpResponseMessage response = await _http.PostAsync("dois", JsonApi(Recording("04-create-doi-duplicate-422.request.json")));

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, response.StatusCode + await response.Content.ReadAsStringAsync());
        JsonAssert.Equivalent(Recording("04-create-doi-duplicate-422.response.json"), await Json(response));
    }

    [Fact]
    public async Task Recorded_list_page_is_served_back_in_the_same_order()
    {
        JsonObject recorded = Recording("05-list-dois-by-client.response.json").AsObject();
        foreach (JsonNode? item in recorded["data"]!.AsArray()) _emulator.State.SeedResource((JsonObject)item!.DeepClone());

        HttpResponseMessage response = await _http.GetAsync("dois?affiliation=true&client-id=datacite.test&page%5Bnumber%5D=1&page%5Bsize%5D=25");

        JsonNode actual = await Json(response);
        JsonAssert.Equivalent(recorded["data"], actual["data"]);
        Assert.Equal(1, actual["meta"]!["page"]!.GetValue<int>());
    }

    [Fact]
    public async Task Random_DOI_has_the_recorded_shape_and_lupo_s_predictable_value()
    {
        string recorded = Recording("06-random-doi.response.json")["dois"]![0]!.GetValue<string>();
        var shape = new Regex(@"^10\.0330/[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{2}\d{2}$");
        Assert.Matches(shape, recorded);

        JsonNode random = await Json(await _http.GetAsync("dois/random?prefix=10.0330"));
        JsonNode predictable = await Json(await _http.GetAsync("dois/random?prefix=10.14454&number=122149076"));

        Assert.Matches(shape, Assert.Single(random["dois"]!.AsArray())!.GetValue<string>());
        Assert.Equal("10.14454/3mfp-6m52", predictable["dois"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Prefix_and_repository_prefixes_match_the_recordings()
    {
        JsonAssert.Equivalent(Recording("07-get-prefix.response.json"), await Json(await _http.GetAsync("prefixes/10.80225")));

        JsonNode recorded = Recording("09-list-repository-prefixes.response.json");
        JsonNode actual = await Json(await _http.GetAsync("repository-prefixes?page%5Bsize%5D=25&repository-id=datacite.test&sort=name"));
        JsonAssert.Equivalent(recorded["data"], actual["data"]);
        JsonAssert.Equivalent(recorded["meta"], actual["meta"]);
    }

    [Fact]
    public async Task Empty_list_matches_the_recording_except_the_host()
    {
        JsonNode recorded = Recording("08-list-dois-empty.response.json");

        JsonNode actual = await Json(await _http.GetAsync("dois?id=model.prefix%2Fd4j1-yg23"));

        JsonAssert.Equivalent(recorded, actual, "$.links.self");
        Assert.EndsWith("/dois?id=model.prefix%2Fd4j1-yg23", actual["links"]!["self"]!.GetValue<string>());
    }

    private static JsonNode Recording(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(DataCiteTestEnvironment.RecordingsDirectory, fileName)))!;

    private static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static StringContent JsonApi(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/vnd.api+json");

    private static string Decode(JsonNode base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64.GetValue<string>()));
}

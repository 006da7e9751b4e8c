using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Emulators.Udata;
using Catalogue.Sync.Tests.Udata.Support;
using Catalogue.Sync.Udata;
using Catalogue.TestSupport;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>
/// The emulator serves recorded data.gouv.fr payloads (shared/udata/fixtures, see SOURCES.md) back
/// unchanged, and the client's DTOs read them. Only <c>uri</c>, <c>page</c> and <c>latest</c>
/// differ by construction: udata computes them from the serving host (see <see cref="JsonSemantic"/>).
/// </summary>
public sealed class UdataFixtureRoundTripTests : IAsyncLifetime
{
    private UdataEmulator _emulator = null!;
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        _emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions());
        _anonymous = new HttpClient { BaseAddress = _emulator.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _anonymous.Dispose();
        await _emulator.DisposeAsync();
    }

    private static JsonObject Fixture(string name)
    {
        string path = SharedPaths.Combine("udata", "fixtures", name);
        if (!File.Exists(path)) throw new FileNotFoundException($"udata fixture missing from ../shared: {path}");
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using HttpResponseMessage response = await _anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static void AssertEquivalent(JsonNode expected, JsonNode actual, params string[] allowedExtraKeys)
    {
        List<string> differences = JsonSemantic.Differences(expected, actual, allowedExtraKeys.ToHashSet());
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task The_real_dataset_response_is_served_back_identically()
    {
        JsonObject fixture = Fixture("datagouv_client__dataset_metadata.json");
        string id = _emulator.State.SeedDataset(fixture);

        AssertEquivalent(fixture, await GetJsonAsync($"api/1/datasets/{id}/"));
        AssertEquivalent(fixture, await GetJsonAsync($"api/1/datasets/{fixture["slug"]}/"));
    }

    [Fact]
    public async Task The_real_organisation_response_is_served_back_identically()
    {
        JsonObject fixture = Fixture("datagouv_client__organization_metadata.json");
        _emulator.State.SeedOrganization(fixture);

        AssertEquivalent(fixture, await GetJsonAsync($"api/1/organizations/{fixture["id"]}/"));
    }

    [Fact]
    public async Task The_real_resource_responses_v1_and_v2_are_served_back_identically()
    {
        JsonObject v1 = Fixture("datagouv_client__resource_metadata_api1.json");
        JsonObject v2 = Fixture("datagouv_client__resource_metadata_api2.json");
        string datasetId = (string)v2["dataset_id"]!;
        _emulator.State.SeedDataset(new JsonObject
        {
            ["id"] = datasetId, ["title"] = "Catalogue", ["private"] = false, ["deleted"] = null,
            ["resources"] = new JsonArray(v1.DeepClone(), v2["resource"]!.DeepClone()),
        });

        AssertEquivalent(v1, await GetJsonAsync($"api/1/datasets/{datasetId}/resources/{v1["id"]}/"));
        AssertEquivalent(v2, await GetJsonAsync($"api/2/datasets/resources/{v2["resource"]!["id"]}/"));
    }

    /// <summary>
    /// udata's own fixture file stripped host-computed keys and flattened <c>internal</c>
    /// (SOURCES.md); it is rebuilt into API shape before seeding, and <c>uri</c>/<c>page</c> — the
    /// stripped keys the emulator computes — are the only extra keys tolerated.
    /// </summary>
    [Fact]
    public async Task The_fifteen_udata_demo_datasets_are_served_back_identically_and_listed()
    {
        JsonArray entries = Fixture("udata__fixtures_results.json")["datasets"]!.AsArray();
        var expected = new List<JsonObject>();
        foreach (JsonObject entry in entries.OfType<JsonObject>())
        {
            var dataset = (JsonObject)entry["dataset"]!.DeepClone();
            dataset["internal"] = new JsonObject
            {
                ["created_at_internal"] = dataset["created_at_internal"]?.DeepClone(),
                ["last_modified_internal"] = dataset["last_modified_internal"]?.DeepClone(),
            };
            dataset.Remove("created_at_internal");
            dataset.Remove("last_modified_internal");
            dataset["resources"] = entry["resources"]!.DeepClone();
            _emulator.State.SeedDataset(dataset);
            expected.Add(dataset);
        }

        foreach (JsonObject dataset in expected)
            AssertEquivalent(dataset, await GetJsonAsync($"api/1/datasets/{dataset["id"]}/"), "uri", "page");

        JsonNode page = await GetJsonAsync("api/1/datasets/?page_size=10");
        Assert.Equal(15, (int)page["total"]!);
        Assert.Equal(10, page["data"]!.AsArray().Count);
        Assert.EndsWith("/api/1/datasets/?page=2&page_size=10", (string)page["next_page"]!);
    }

    [Fact]
    public void The_client_dtos_read_every_recorded_payload()
    {
        UdataDataset dataset = JsonSerializer.Deserialize(Fixture("datagouv_client__dataset_metadata.json").ToJsonString(), UdataJsonContext.Default.UdataDataset)!;
        Assert.Equal(("5d13a8b6634f41070a43dff3", 8, "lov2"), (dataset.Id, dataset.Resources.Count, dataset.License));
        Assert.Equal(DateTimeOffset.Parse("2025-04-07T06:15:30.658+00:00"), dataset.Internal?.LastModifiedInternal);
        Assert.Equal("646b7187b50b2a93b1ae3d45", dataset.Organization?.Id);
        Assert.True(dataset.AdditionalFields!.ContainsKey("quality"));

        UdataOrganization organization = JsonSerializer.Deserialize(Fixture("datagouv_client__organization_metadata.json").ToJsonString(), UdataJsonContext.Default.UdataOrganization)!;
        Assert.Equal(("646b7187b50b2a93b1ae3d45", "data.gouv.fr"), (organization.Id, organization.Name));

        UdataResource resource = JsonSerializer.Deserialize(Fixture("datagouv_client__resource_metadata_api1.json").ToJsonString(), UdataJsonContext.Default.UdataResource)!;
        Assert.Equal(("file", 1643394L, "sha1"), (resource.Filetype, resource.Filesize!.Value, resource.Checksum!.Type));
        Assert.True(resource.Extras!["check:available"].GetBoolean());

        foreach (JsonObject entry in Fixture("udata__fixtures_results.json")["datasets"]!.AsArray().OfType<JsonObject>())
        {
            UdataDataset demo = JsonSerializer.Deserialize(entry["dataset"]!.ToJsonString(), UdataJsonContext.Default.UdataDataset)!;
            Assert.Matches("^[0-9a-f]{24}$", demo.Id);
            foreach (JsonNode? r in entry["resources"]!.AsArray())
                Assert.False(string.IsNullOrEmpty(JsonSerializer.Deserialize(r!.ToJsonString(), UdataJsonContext.Default.UdataResource)!.Url));
        }
    }
}

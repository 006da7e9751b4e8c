using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Catalogue.Emulators.DataCite;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>Raw-HTTP checks of the emulator's lupo-specific answers (bodies as in CONTRACT.md §5–§6).</summary>
public sealed class EmulatorValidationTests : IAsyncLifetime
{
    private DataCiteEmulator _emulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _emulator = await DataCiteTestEnvironment.StartEmulatorAsync();
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"hdh.catalog:{DataCiteTestEnvironment.Password}")));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/vnd.api+json");
        HttpResponseMessage response = await _http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    [Fact]
    public async Task Should_validate_checks_a_draft_with_libxml2_style_attribute_errors()
    {
        const string body = """
            {"data":{"type":"dois","attributes":{"doi":"10.99999/nametype-1","should_validate":true,
              "creators":[{"name":"Doe, Jane","nameType":"personal"}],"titles":[{"title":"T"}],
              "publisher":"HDH","publicationYear":2024,"types":{"resourceTypeGeneral":"Dataset"}}}}
            """;

        (HttpStatusCode status, JsonNode? errors, _) = await SendAsync(HttpMethod.Post, "dois", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        JsonNode error = Assert.Single(errors!["errors"]!.AsArray())!;
        Assert.Equal("creatorName', attribute 'nameType", error["source"]!.GetValue<string>());
        Assert.Matches(
            @"^DOI 10\.99999/nametype-1: \[facet 'enumeration'\] The value 'personal' is not an element of the set \{'Organizational', 'Personal'\}\. at line \d+, column 0$",
            error["title"]!.GetValue<string>());
        Assert.Equal("10.99999/nametype-1", error["uid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Drafts_accept_incomplete_metadata_and_string_titles_are_refused()
    {
        (HttpStatusCode draft, _, HttpResponseMessage created) = await SendAsync(HttpMethod.Post, "dois",
            """{"data":{"type":"dois","attributes":{"doi":"10.99999/DRAFT-1","creators":[]}}}""");
        Assert.Equal(HttpStatusCode.Created, draft);
        Assert.Equal("/dois/10.99999/draft-1", created.Headers.Location!.OriginalString);

        (HttpStatusCode status, JsonNode? errors, _) = await SendAsync(HttpMethod.Put, "dois/10.99999%2Fdraft-1",
            """{"data":{"type":"dois","attributes":{"titles":["Just a string"]}}}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("Title 'Just a string' should be an object instead of a string.", errors!["errors"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_data_is_400_and_delete_of_a_findable_DOI_sends_Allow()
    {
        (HttpStatusCode noData, JsonNode? body, _) = await SendAsync(HttpMethod.Post, "dois", """{"attributes":{}}""");
        Assert.Equal(HttpStatusCode.BadRequest, noData);
        Assert.Equal("You need to provide a payload following the JSONAPI spec", body!["errors"]![0]!["title"]!.GetValue<string>());

        const string publish = """
            {"data":{"type":"dois","attributes":{"doi":"10.99999/pub-1","event":"publish","url":"https://catalogue.example.fr/d/1",
              "creators":[{"name":"HDH","nameType":"Organizational"}],"titles":[{"title":"T"}],
              "publisher":"HDH","publicationYear":"2024","types":{"resourceTypeGeneral":"Dataset"},
              "rightsList":[{"rightsIdentifier":"CC-BY-4.0"}],"language":"fra"}}}
            """;
        (HttpStatusCode created, JsonNode? doc, _) = await SendAsync(HttpMethod.Post, "dois", publish);
        Assert.Equal(HttpStatusCode.Created, created);
        JsonNode attributes = doc!["data"]!["attributes"]!;
        Assert.Equal("findable", attributes["state"]!.GetValue<string>());
        Assert.Equal("HDH", attributes["publisher"]!.GetValue<string>());
        Assert.Equal("fr", attributes["language"]!.GetValue<string>());
        Assert.Equal("cc-by-4.0", attributes["rightsList"]![0]!["rightsIdentifier"]!.GetValue<string>());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/legalcode", attributes["rightsList"]![0]!["rightsUri"]!.GetValue<string>());
        Assert.Equal("Dataset", attributes["types"]!["schemaOrg"]!.GetValue<string>());

        (HttpStatusCode refused, JsonNode? error, HttpResponseMessage response) = await SendAsync(HttpMethod.Delete, "dois/10.99999/pub-1", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused);
        Assert.Equal("""{"errors":[{"status":"405","title":"Method not allowed"}]}""", error!.ToJsonString());
        Assert.Equal("HEAD, GET, POST, PATCH, PUT, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Base64_XML_payload_is_read_and_JSON_attributes_override_it()
    {
        string xml = File.ReadAllText(Catalogue.TestSupport.SharedPaths.Combine("datacite", "examples", "lupo-spec-fixtures", "datacite.xml"));
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "dois",
                ["attributes"] = new JsonObject
                {
                    ["doi"] = "10.99999/xml-1",
                    ["xml"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(xml)),
                    ["url"] = "https://catalogue.example.fr/d/xml-1",
                    ["titles"] = new JsonArray(new JsonObject { ["title"] = "Overridden title" }),
                    ["event"] = "register",
                },
            },
        };

        (HttpStatusCode status, JsonNode? doc, _) = await SendAsync(HttpMethod.Post, "dois", body.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, status);
        JsonNode a = doc!["data"]!["attributes"]!;
        Assert.Equal("registered", a["state"]!.GetValue<string>());
        Assert.Equal("Overridden title", a["titles"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("Fenner, Martin", a["creators"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("MS-49-3632-5083", a["identifiers"]![0]!["identifier"]!.GetValue<string>());
        string regenerated = Encoding.UTF8.GetString(Convert.FromBase64String(a["xml"]!.GetValue<string>()));
        Assert.Contains("<identifier identifierType=\"DOI\">10.99999/XML-1</identifier>", regenerated);
        Assert.Contains("<title>Overridden title</title>", regenerated);
    }

    [Fact]
    public async Task Kernel_3_XML_is_refused_outside_draft()
    {
        const string kernel3 = """<?xml version="1.0"?><resource xmlns="http://datacite.org/schema/kernel-3"><identifier identifierType="DOI">10.99999/K3</identifier><creators><creator><creatorName>A</creatorName></creator></creators><titles><title>T</title></titles><publisher>P</publisher><publicationYear>2015</publicationYear><resourceType resourceTypeGeneral="Dataset"/></resource>""";
        string body = new JsonObject
        {
            ["data"] = new JsonObject { ["attributes"] = new JsonObject
            {
                ["doi"] = "10.99999/k3", ["url"] = "https://catalogue.example.fr/k3", ["event"] = "publish",
                ["xml"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(kernel3)),
            } },
        }.ToJsonString();

        (HttpStatusCode status, JsonNode? errors, _) = await SendAsync(HttpMethod.Post, "dois", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("DOI 10.99999/k3: Schema http://datacite.org/schema/kernel-3 is no longer supported", errors!["errors"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_callers_see_only_findable_DOIs()
    {
        await SendAsync(HttpMethod.Post, "dois", """{"data":{"attributes":{"doi":"10.99999/hidden-1"}}}""");
        using var anonymous = new HttpClient { BaseAddress = _emulator.BaseAddress };

        HttpResponseMessage single = await anonymous.GetAsync("dois/10.99999/hidden-1");
        JsonNode list = JsonNode.Parse(await anonymous.GetStringAsync("dois?client-id=hdh.catalog"))!;

        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
        Assert.Equal("true", single.Headers.GetValues("X-Anonymous-Consumer").Single());
        Assert.Empty(list["data"]!.AsArray());
    }
}

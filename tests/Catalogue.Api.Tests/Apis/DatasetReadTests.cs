using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Apis;

public sealed class DatasetReadTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task Anonymous_listing_shows_the_published_demo_records_only()
    {
        var page = await factory.Anonymous().GetAsync("/api/v1/datasets?limit=100&count=true").Ok();
        var items = page["items"]!.AsArray();
        Assert.Equal(8, items.Count);
        Assert.Equal(8, (int)page["total"]!);
        Assert.All(items, i => Assert.Equal("Published", (string)i!["status"]!));
        Assert.DoesNotContain(items, i => (string)i!["slug"]! == "barometre-sante-mentale-brouillon");
    }

    [Fact]
    public async Task A_draft_is_invisible_to_anonymous_and_other_organisations_even_by_id_and_search()
    {
        var draftId = "d5e70000-0000-4000-8000-000000000009";
        await factory.Anonymous().GetAsync($"/api/v1/datasets/{draftId}").Problem(HttpStatusCode.NotFound);
        var editorOfAphp = await Keys.EditorAsync(factory, DemoCatalogue.Aphp);
        await factory.WithKey(editorOfAphp).GetAsync($"/api/v1/datasets/{draftId}").Problem(HttpStatusCode.NotFound);
        var search = await factory.WithKey(editorOfAphp).GetAsync("/api/v1/datasets?q=barometre&count=true&status=draft").Ok();
        Assert.Equal(0, (int)search["total"]!);

        var editorOfSpf = await Keys.EditorAsync(factory, DemoCatalogue.Spf);
        var own = await factory.WithKey(editorOfSpf).GetAsync($"/api/v1/datasets/{draftId}").Ok();
        Assert.Equal("Draft", (string)own["status"]!);
        var ownSearch = await factory.WithKey(editorOfSpf).GetAsync("/api/v1/datasets?q=barometre&status=draft&count=true").Ok();
        Assert.Equal(1, (int)ownSearch["total"]!);
    }

    [Fact]
    public async Task Get_by_slug_identifier_and_id_carries_an_etag_and_honours_if_none_match()
    {
        var client = factory.Anonymous();
        var bySlug = await client.GetAsync("/api/v1/datasets/passages-urgences-oscour");
        Assert.Equal(HttpStatusCode.OK, bySlug.StatusCode);
        var etag = bySlug.ETag();
        Assert.NotNull(etag);
        var id = (string)(await bySlug.ReadJson())["id"]!;
        var byId = await client.GetAsync($"/api/v1/datasets/{id}");
        Assert.Equal(etag, byId.ETag());
        var req = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/datasets/{id}");
        req.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(req)).StatusCode);
        var byIdentifier = await client.GetAsync("/api/v1/datasets/" + Uri.EscapeDataString("https://catalogue.health-data-hub.fr/datasets/passages-urgences-oscour"));
        Assert.Equal(HttpStatusCode.OK, byIdentifier.StatusCode);
    }

    [Fact]
    public async Task By_id_serves_the_stored_bytes_of_the_other_lookups_and_sees_each_write_at_once()
    {
        // On SQLite, by id is read on its own kept-open connections; by slug goes through EF. Same bytes, same tag.
        var admin = factory.Admin();
        var bySlug = await admin.GetAsync("/api/v1/datasets/incidence-cancers-registres-francim");
        var stored = await bySlug.Content.ReadAsByteArrayAsync();
        var id = (string)JsonNode.Parse(stored)!["id"]!;
        var byId = await admin.GetAsync($"/api/v1/datasets/{id}");
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal("application/json", byId.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Length, byId.Content.Headers.ContentLength);
        Assert.Equal(stored, await byId.Content.ReadAsByteArrayAsync());
        Assert.Equal(bySlug.ETag(), byId.ETag());

        // Writes go on through EF's connections (the read ones are read-only) and each is read back at once.
        for (var i = 1; i <= 3; i++)
        {
            var current = await admin.GetAsync($"/api/v1/datasets/{id}");
            var record = await current.ReadJson();
            record["version"] = $"2026.{i}";
            await admin.SendAsync(TestHttp.Put($"/api/v1/datasets/{id}", record, current.ETag())).Ok();
            var after = await admin.GetAsync($"/api/v1/datasets/{id}");
            Assert.Equal($"2026.{i}", (string?)(await after.ReadJson())["version"]);
            Assert.NotEqual(current.ETag(), after.ETag());
            Assert.Equal(after.ETag(), (await admin.GetAsync("/api/v1/datasets/incidence-cancers-registres-francim")).ETag());
        }
    }

    [Fact]
    public async Task Cursor_pagination_walks_every_record_once_in_a_stable_order_with_link_headers()
    {
        var client = factory.Anonymous();
        var seen = new List<string>();
        string? url = "/api/v1/datasets?limit=3&sort=title";
        var pages = 0;
        while (url is not null)
        {
            var r = await client.GetAsync(url);
            var body = await r.ReadJson();
            seen.AddRange(body["items"]!.AsArray().Select(i => (string)i!["slug"]!));
            url = r.Headers.TryGetValues("Link", out var links) ? links.First().Split('>')[0].TrimStart('<') : null;
            Assert.Equal(url is null, body["next"] is null);
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(8, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var titles = seen.ToList();
        var all = await client.GetAsync("/api/v1/datasets?limit=100&sort=title").Ok();
        Assert.Equal(all["items"]!.AsArray().Select(i => (string)i!["slug"]!), titles);
    }

    [Theory]
    [InlineData("theme=HEAL", 8)]
    [InlineData("healthCategory=RQSH", 2)]
    [InlineData("licence=etalab-2.0", 4)]
    [InlineData("accessRights=RESTRICTED", 2)]
    [InlineData("accessRights=NON_PUBLIC", 2)]
    [InlineData("format=TAR", 1)]
    [InlineData("codingSystem=ORPHACODE", 1)]
    [InlineData("variable=orphacode", 1)]
    [InlineData("year=2021", 7)]
    [InlineData("keyword=melanome", 1)]
    [InlineData("q=mélanome", 1)]
    [InlineData("q=MELANOME", 1)]
    [InlineData("q=urgences", 1)]
    [InlineData("q=condition_source_value", 1)]
    [InlineData("q=registres+cancers", 1)]
    [InlineData("theme=HEAL&accessRights=PUBLIC&format=CSV", 4)]
    public async Task Filters_and_full_text_search_narrow_the_listing(string query, int expected)
    {
        var page = await factory.Anonymous().GetAsync($"/api/v1/datasets?{query}&count=true&limit=100").Ok();
        Assert.Equal(expected, (int)page["total"]!);
        Assert.Equal(expected, page["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("theme=NOPE", "theme")]
    [InlineData("healthCategory=XXXX", "healthCategory")]
    [InlineData("licence=wtfpl", "licence")]
    [InlineData("limit=1000", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("sort=size", "sort")]
    [InlineData("after=not-a-cursor", "after")]
    [InlineData("modifiedSince=yesterday", "modifiedSince")]
    [InlineData("accessRights=SECRET", "accessRights")]
    public async Task Bad_query_parameters_are_problems_naming_the_parameter(string query, string field) =>
        await factory.Anonymous().GetAsync($"/api/v1/datasets?{query}").Problem(HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task Validation_report_and_quality_score_explain_themselves()
    {
        var report = await factory.Anonymous().GetAsync("/api/v1/datasets/melanome-dermoscopie-data-challenge/validation").Ok();
        Assert.True((bool)report["canPublish"]!);
        Assert.Empty(report["errors"]!.AsArray());
        var quality = await factory.Anonymous().GetAsync("/api/v1/datasets/melanome-dermoscopie-data-challenge/quality").Ok();
        var score = (int)quality["score"]!;
        Assert.InRange(score, 50, 100);
        var criteria = quality["criteria"]!.AsArray();
        Assert.Contains(criteria, c => (string)c!["id"]! == "license" && (bool)c["met"]!);
        Assert.Contains(criteria, c => (string)c!["id"]! == "doi" && !(bool)c["met"]!);
    }

    [Fact]
    public async Task The_data_dictionary_is_served_as_a_frictionless_table_schema()
    {
        var id = "d5e70000-0000-4000-8000-000000000004";
        var dict = await factory.Anonymous().GetAsync($"/api/v1/datasets/{id}/dictionary").Ok();
        Assert.Equal("sdm", (string)dict[0]!["name"]!);
        var schema = await factory.Anonymous().GetAsync($"/api/v1/datasets/{id}/dictionary/sdm/table-schema").Ok();
        var fields = schema["fields"]!.AsArray();
        Assert.Contains(fields, f => (string)f!["name"]! == "orphacode" && (string)f["codingSystem"]! == "ORPHACODE");
        Assert.Contains(fields, f => (string)f!["name"]! == "statut_diagnostic" && f["constraints"]!["enum"]!.AsArray().Count == 3);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_operation()
    {
        var doc = await factory.Anonymous().GetAsync("/swagger/v1/swagger.json").Ok();
        var paths = doc["paths"]!.AsObject();
        Assert.Contains("/api/v1/datasets", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/datasets/{id}/revisions/{from}/diff/{to}", paths.Select(p => p.Key));
        foreach (var (path, ops) in paths)
            foreach (var (method, op) in ops!.AsObject())
            {
                Assert.False(string.IsNullOrEmpty((string?)op!["operationId"]), $"{method} {path} has no operationId");
                if (path.StartsWith("/api/v1/"))
                    Assert.False(string.IsNullOrEmpty((string?)op["description"]), $"{method} {path} has no description with an example");
            }
    }

    [Fact]
    public async Task Vocabularies_are_served_with_their_codes()
    {
        var list = await factory.Anonymous().GetAsync("/api/v1/vocabularies").Ok();
        Assert.Contains(list.AsArray(), v => (string)v!["name"]! == "healthcategories" && (int)v["count"]! == 17);
        var codes = await factory.Anonymous().GetAsync("/api/v1/vocabularies/healthcategories").Ok();
        Assert.Contains(codes.AsArray(), c => (string)c!["code"]! == "EHRS");
    }
}

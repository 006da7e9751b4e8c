using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Apis;

public sealed class DatasetWriteTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private static JsonObject Draft(Guid org, string title = "Données de test") => new()
    {
        ["organizationId"] = org.ToString(),
        ["title"] = new JsonObject { ["fr"] = title, ["en"] = "Test data" },
        ["description"] = new JsonObject { ["fr"] = "Une description." },
        ["accessRights"] = "Public",
    };

    private async Task<int> CountAllAsync() => (int)(await factory.Admin().GetAsync("/api/v1/datasets?count=true&status=draft,inReview,published,withdrawn").Ok())["total"]!;

    [Fact]
    public async Task Writing_needs_a_key_and_a_key_only_writes_to_its_own_organisations()
    {
        await factory.Anonymous().PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Spf))).Problem(HttpStatusCode.Unauthorized);
        await factory.WithKey("ck_nosuchkey0001_abcdefghijklmnopqrstuvwxyz").GetAsync("/api/v1/datasets").Problem(HttpStatusCode.Unauthorized);
        var spf = await Keys.EditorAsync(factory, DemoCatalogue.Spf);
        await factory.WithKey(spf).PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Aphp))).Problem(HttpStatusCode.Forbidden);
        var created = await factory.WithKey(spf).PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Spf, "Création par SpF"))).Ok(HttpStatusCode.Created);
        Assert.Equal("Draft", (string)created["status"]!);
        Assert.Equal("creation-par-spf", (string)created["slug"]!);

        // A published record of another organisation is readable, never writable.
        var aphpRecord = await factory.WithKey(spf).GetAsync("/api/v1/datasets/banque-nationale-maladies-rares");
        var body = await aphpRecord.ReadJson();
        await factory.WithKey(spf).SendAsync(TestHttp.Put($"/api/v1/datasets/{body["id"]}", body, aphpRecord.ETag())).Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{\"title\": {\"fr\": \"x\"", "title")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"numberOfRecords\": \"many\", \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "numberOfRecords")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"surprise\": 1, \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "surprise")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"temporalCoverage\": [{\"start\": \"2020-13-45\"}], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "temporalCoverage[0].start")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"themes\": [\"HEAL\", \"NOPE\"], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "themes[1]")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"healthCategories\": [\"ZZZZ\"], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "healthCategories[0]")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"accessRights\": \"Secret\", \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "accessRights")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"frequency\": \"sometimes\", \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "frequency")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"licenses\": [\"WTFPL\"], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "licenses[0]")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"temporalCoverage\": [{\"start\": \"2021-01-01\", \"end\": \"2020-01-01\"}], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "temporalCoverage[0].end")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"distributions\": [{\"accessUrl\": \"https://x.fr/big.csv\", \"format\": \"CSV\", \"byteSize\": 5000000000}], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "distributions[0].isRemote")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"distributions\": [{\"accessUrl\": \"javascript:alert(1)\"}], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "distributions[0].accessUrl")]
    [InlineData("{\"title\": {}, \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "title")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"spatialCoverage\": [\"mars:olympus\"], \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "spatialCoverage[0]")]
    [InlineData("{\"title\": {\"fr\": \"x\"}, \"minTypicalAge\": 80, \"maxTypicalAge\": 20, \"organizationId\": \"0a1d0000-0000-4000-8000-000000000002\"}", "minTypicalAge")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_writes_nothing(string json, string field)
    {
        var before = await CountAllAsync();
        await factory.Admin().PostAsync("/api/v1/datasets", TestHttp.Json(json)).Problem(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await CountAllAsync());
    }

    [Fact]
    public async Task Oversized_text_is_rejected_with_the_field_path()
    {
        var body = Draft(DemoCatalogue.Spf);
        body["title"]!["fr"] = new string('a', 600);
        await factory.Admin().PostAsync("/api/v1/datasets", TestHttp.Json(body)).Problem(HttpStatusCode.BadRequest, "title.fr");
    }

    [Fact]
    public async Task Updates_need_if_match_and_a_stale_one_loses_nothing()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Hdh, "Concurrence"))).Ok(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        var url = $"/api/v1/datasets/{id}";
        var first = await admin.GetAsync(url);
        var etag = first.ETag();
        var doc = await first.ReadJson();

        await admin.SendAsync(TestHttp.Put(url, doc, null)).Problem(HttpStatusCode.PreconditionRequired);

        doc["description"]!["fr"] = "Première modification.";
        var afterA = await admin.SendAsync(TestHttp.Put(url, doc, etag));
        Assert.Equal(HttpStatusCode.OK, afterA.StatusCode);
        Assert.NotEqual(etag, afterA.ETag());

        doc["description"]!["fr"] = "Modification concurrente.";
        await admin.SendAsync(TestHttp.Put(url, doc, etag)).Problem(HttpStatusCode.PreconditionFailed);
        var now = await admin.GetAsync(url).Ok();
        Assert.Equal("Première modification.", (string)now["description"]!["fr"]!);
        Assert.Equal(2, (int)now["revision"]!);
    }

    [Fact]
    public async Task Every_change_is_a_revision_that_can_be_read_diffed_and_restored()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Hdh, "Historique"))).Ok(HttpStatusCode.Created);
        var url = $"/api/v1/datasets/{created["id"]}";
        var r = await admin.GetAsync(url);
        var doc = await r.ReadJson();
        doc["title"]!["fr"] = "Historique modifié";
        doc["themes"] = new JsonArray("HEAL");
        var updated = await admin.SendAsync(TestHttp.Put(url, doc, r.ETag()));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var revisions = await admin.GetAsync($"{url}/revisions").Ok();
        Assert.Equal(2, revisions.AsArray().Count);
        Assert.Equal("update", (string)revisions[0]!["action"]!);
        Assert.Equal("key:bootstrap admin", (string)revisions[0]!["author"]!);

        var diff = await admin.GetAsync($"{url}/revisions/1/diff/2").Ok();
        var paths = diff.AsArray().Select(c => (string)c!["path"]!).ToList();
        Assert.Contains("title.fr", paths);
        Assert.Contains("themes[0]", paths.Concat(diff.AsArray().Where(c => (string)c!["path"]! == "themes").Select(_ => "themes[0]")));

        var old = await admin.GetAsync($"{url}/revisions/1").Ok();
        Assert.Equal("Historique", (string)old["record"]!["title"]!["fr"]!);

        var restored = await admin.SendAsync(TestHttp.Post($"{url}/revisions/1/restore", null, updated.ETag())).Ok();
        Assert.Equal("Historique", (string)restored["title"]!["fr"]!);
        Assert.Equal(3, (int)restored["revision"]!);
        Assert.Equal(3, (await admin.GetAsync($"{url}/revisions").Ok()).AsArray().Count);
    }

    [Fact]
    public async Task Publishing_is_refused_with_the_failing_checks_then_allowed_and_withdrawal_leaves_a_tombstone()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Hdh, "Cycle de vie"))).Ok(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        var refused = await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Problem(HttpStatusCode.UnprocessableEntity);
        var failing = refused["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("hdab", failing);
        Assert.Contains("healthCategories", failing);
        Assert.Contains("anonymisation.attested", failing);
        Assert.Contains("distributions", failing);

        // Complete it from a published demo record's content.
        var full = await admin.GetAsync("/api/v1/datasets/incidence-cancers-registres-francim").Ok();
        var current = await admin.GetAsync($"/api/v1/datasets/{id}");
        var doc = full.DeepClone();
        doc["id"] = id; doc["slug"] = "cycle-de-vie"; doc["identifier"] = "cycle-de-vie"; doc["organizationId"] = DemoCatalogue.Hdh.ToString();
        foreach (var d in doc["distributions"]!.AsArray()) d!["id"] = Guid.NewGuid().ToString();
        await admin.SendAsync(TestHttp.Put($"/api/v1/datasets/{id}", doc, current.ETag())).Ok();
        var submitted = await admin.PostAsync($"/api/v1/datasets/{id}/submit", null).Ok();
        Assert.Equal("InReview", (string)submitted["status"]!);
        var published = await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        Assert.Equal("Published", (string)published["status"]!);
        Assert.NotNull(published["firstPublishedAt"]);
        await factory.Anonymous().GetAsync($"/api/v1/datasets/{id}").Ok();

        var r = await admin.GetAsync($"/api/v1/datasets/{id}");
        await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/datasets/{id}") { Headers = { { "If-Match", r.ETag() } } }).Problem(HttpStatusCode.Conflict);
        var withdrawn = await admin.PostAsync($"/api/v1/datasets/{id}/withdraw?reason=erreur", null).Ok();
        Assert.Equal("Withdrawn", (string)withdrawn["status"]!);
        var tombstone = await factory.Anonymous().GetAsync($"/api/v1/datasets/{id}").Ok();
        Assert.Equal("Withdrawn", (string)tombstone["status"]!);
        var listing = await factory.Anonymous().GetAsync("/api/v1/datasets?q=cycle&count=true").Ok();
        Assert.Equal(0, (int)listing["total"]!);
        await admin.PostAsync($"/api/v1/datasets/{id}/submit", null).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_never_published_draft_can_be_deleted()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Hdh, "Éphémère"))).Ok(HttpStatusCode.Created);
        var url = $"/api/v1/datasets/{created["id"]}";
        var r = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", r.ETag() } } })).StatusCode);
        await admin.GetAsync(url).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Idempotency_key_replays_the_first_response_and_rejects_a_different_body()
    {
        var admin = factory.Admin();
        var before = await CountAllAsync();
        HttpRequestMessage Request(string title) => new(HttpMethod.Post, "/api/v1/datasets")
        {
            Content = TestHttp.Json(Draft(DemoCatalogue.Hdh, title)), Headers = { { "Idempotency-Key", "abc-123" } },
        };
        var first = await admin.SendAsync(Request("Idempotent"));
        var second = await admin.SendAsync(Request("Idempotent"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((string)(await first.ReadJson())["id"]!, (string)(await second.ReadJson())["id"]!);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before + 1, await CountAllAsync());
        await admin.SendAsync(Request("Autre chose")).Problem(HttpStatusCode.UnprocessableEntity, "Idempotency-Key");
    }

    [Fact]
    public async Task Distributions_are_sub_resources_and_a_file_over_one_gigabyte_must_be_remote()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Hdh, "Fichiers"))).Ok(HttpStatusCode.Created);
        var url = $"/api/v1/datasets/{created["id"]}";
        var etag = (await admin.GetAsync(url)).ETag();
        var big = new JsonObject { ["accessUrl"] = "https://files.example.fr/big.csv", ["format"] = "CSV", ["byteSize"] = 3_000_000_000 };
        await admin.SendAsync(TestHttp.Post($"{url}/distributions", big, etag)).Problem(HttpStatusCode.BadRequest, "distributions[0].isRemote");
        big["isRemote"] = true;
        var added = await admin.SendAsync(TestHttp.Post($"{url}/distributions", big, etag));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var list = await admin.GetAsync($"{url}/distributions").Ok();
        Assert.Single(list.AsArray());
        await admin.SendAsync(TestHttp.Post($"{url}/distributions", big, etag)).Problem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Keys_are_shown_once_listed_without_secrets_and_revocable()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/keys", TestHttp.Json("{\"name\":\"partner\",\"role\":\"editor\",\"organizations\":[\"" + DemoCatalogue.Inserm + "\"]}")).Ok(HttpStatusCode.Created);
        var key = (string)created["key"]!;
        var listing = await admin.GetAsync("/api/v1/keys");
        var text = await listing.Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, text);
        Assert.DoesNotContain(key.Split('_')[2], text);
        Assert.Equal(HttpStatusCode.Created, (await factory.WithKey(key).PostAsync("/api/v1/datasets", TestHttp.Json(Draft(DemoCatalogue.Inserm, "Clé")))).StatusCode);
        await factory.WithKey(key).GetAsync("/api/v1/keys").Problem(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/keys/{created["id"]}")).StatusCode);
        await factory.WithKey(key).GetAsync("/api/v1/datasets").Problem(HttpStatusCode.Unauthorized);
        await admin.PostAsync("/api/v1/keys", TestHttp.Json("{\"name\":\"x\",\"role\":\"editor\"}")).Problem(HttpStatusCode.BadRequest, "organizations");
        await admin.PostAsync("/api/v1/keys", TestHttp.Json("{\"name\":\"x\",\"role\":\"root\"}")).Problem(HttpStatusCode.BadRequest, "role");
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Services;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>Listings serve summaries by default (stored at write time) and whole records with view=full.</summary>
public sealed class DatasetListingViewTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task Listing_items_are_summaries_by_default_and_whole_records_with_view_full()
    {
        var client = factory.Anonymous();
        var response = await client.GetAsync("/api/v1/datasets?limit=100&sort=title");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Content.Headers.ContentLength);
        var summaries = (await response.ReadJson())["items"]!.AsArray();
        var full = (await client.GetAsync("/api/v1/datasets?limit=100&sort=title&view=full").Ok())["items"]!.AsArray();
        Assert.Equal(8, summaries.Count);
        Assert.Equal(full.Select(i => (string)i!["id"]!), summaries.Select(i => (string)i!["id"]!));

        foreach (var (s, f) in summaries.Zip(full, (a, b) => (a!, b!)))
        {
            Assert.Null(s!["dataDictionary"]);
            Assert.Null(s["documentation"]);
            Assert.NotNull(f!["dataDictionary"]);
            Assert.Null(f["links"]);
            foreach (var field in new[] { "slug", "identifier", "status", "accessRights", "modifiedAt", "issued" })
                Assert.Equal(f[field]!.ToJsonString(), s[field]!.ToJsonString());
            foreach (var field in new[] { "title", "description", "keywords", "themes", "licenses", "revision" })
                Assert.True(JsonNode.DeepEquals(f[field], s[field]), field);
            Assert.Equal((string)f["organizationId"]!, (string)s["publisher"]!["id"]!);
            Assert.False(string.IsNullOrEmpty((string?)s["publisher"]!["name"]));
            Assert.Equal(f["distributions"]!.AsArray().Count, s["distributions"]!.AsArray().Count);
            foreach (var (sd, fd) in s["distributions"]!.AsArray().Zip(f["distributions"]!.AsArray(), (a, b) => (a!, b!)))
            {
                Assert.Equal((string)fd!["id"]!, (string)sd!["id"]!);
                Assert.Equal((string)fd["accessUrl"]!, (string)sd["accessUrl"]!);
                Assert.Equal((string)fd["role"]!, (string)sd["role"]!);
                Assert.Null(sd["checksum"]);
            }
            var self = (string)s["links"]!["self"]!;
            var record = await client.GetAsync(self).Ok();
            Assert.Equal((string)f["id"]!, (string)record["id"]!);
            var quality = await client.GetAsync((string)s["links"]!["quality"]!).Ok();
            Assert.Equal((int)quality["score"]!, (int)s["qualityScore"]!);
        }
        var hdh = summaries.First(i => (string)i!["publisher"]!["id"]! == DemoCatalogue.Hdh.ToString())!;
        Assert.Equal("Health Data Hub", (string)hdh["publisher"]!["name"]!);
        Assert.Equal("HDH", (string)hdh["publisher"]!["acronym"]!);
    }

    [Fact]
    public async Task Search_and_cursors_work_the_same_in_both_views()
    {
        var client = factory.Anonymous();
        foreach (var view in new[] { "", "&view=summary", "&view=full" })
        {
            var search = await client.GetAsync($"/api/v1/datasets?q=mélanome&count=true{view}").Ok();
            Assert.Equal(1, (int)search["total"]!);
            Assert.Equal("melanome-dermoscopie-data-challenge", (string)search["items"]![0]!["slug"]!);

            var first = await client.GetAsync($"/api/v1/datasets?limit=5&sort=title{view}");
            var link = first.Headers.GetValues("Link").Single();
            Assert.Contains("rel=\"next\"", link);
            if (view != "") Assert.Contains(view.TrimStart('&'), link);
            var second = await client.GetAsync(link.Split('>')[0].TrimStart('<')).Ok();
            Assert.Equal(3, second["items"]!.AsArray().Count);
            Assert.Null(second["next"]);
        }
    }

    [Theory]
    [InlineData("", 8)]
    [InlineData("&q=sante", 5)]
    [InlineData("&q=donnees+sante", 2)]
    [InlineData("&q=%21%21", 8)] // no search term in it: the default listing
    public async Task The_public_listing_and_its_searches_page_exactly_as_the_general_listing_does(string extra, int atLeast)
    {
        // Anonymous, default order, no filter but the text: SqliteDocumentReads on SQLite, compiled queries (no
        // search) on PostgreSQL. An admin asking for published records: the general filter and keyset. Same rows,
        // same order, same cursors, page after page.
        async Task<List<(List<string> Ids, string? Next)>> WalkAsync(HttpClient client, string query)
        {
            var pages = new List<(List<string>, string?)>();
            string? after = null;
            do
            {
                var page = await client.GetAsync($"/api/v1/datasets?limit=2{query}{(after is null ? "" : "&after=" + after)}").Ok();
                after = (string?)page["next"];
                pages.Add((page["items"]!.AsArray().Select(i => (string)i!["id"]!).ToList(), after));
            } while (after is not null);
            return pages;
        }
        var fast = await WalkAsync(factory.Anonymous(), extra);
        var general = await WalkAsync(factory.Admin(), extra + "&status=published");
        Assert.True(fast.Sum(p => p.Ids.Count) >= atLeast, $"{fast.Sum(p => p.Ids.Count)} records for '{extra}'");
        Assert.Equal(general.Select(p => string.Join(",", p.Ids) + "|" + p.Next), fast.Select(p => string.Join(",", p.Ids) + "|" + p.Next));
    }

    [Theory]
    [InlineData("view=compact")]
    [InlineData("view=FULL")]
    public async Task An_unknown_view_is_a_problem_naming_the_parameter(string query) =>
        await factory.Anonymous().GetAsync($"/api/v1/datasets?{query}").Problem(HttpStatusCode.BadRequest, "view");

    [Fact]
    public async Task A_summary_follows_every_write_and_drafts_stay_invisible()
    {
        var admin = factory.Admin();
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(new JsonObject
        {
            ["organizationId"] = DemoCatalogue.Spf.ToString(),
            ["title"] = new JsonObject { ["fr"] = "Résumé suivi", ["en"] = "Followed summary" },
            ["description"] = new JsonObject { ["fr"] = "Une description." },
            ["accessRights"] = "Public",
        })).Ok(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        var editorOfAphp = await Keys.EditorAsync(factory, DemoCatalogue.Aphp);
        var otherOrg = await factory.WithKey(editorOfAphp).GetAsync("/api/v1/datasets?q=resume+suivi&status=draft&count=true").Ok();
        Assert.Equal(0, (int)otherOrg["total"]!);
        var drafts = await admin.GetAsync("/api/v1/datasets?q=resume+suivi&status=draft").Ok();
        var draft = Assert.Single(drafts["items"]!.AsArray())!;
        Assert.Equal("Draft", (string)draft["status"]!);
        Assert.Equal("Résumé suivi", (string)draft["title"]!["fr"]!);

        var current = await admin.GetAsync($"/api/v1/datasets/{id}");
        var body = (await current.ReadJson()).AsObject();
        body["title"] = new JsonObject { ["fr"] = "Résumé modifié" };
        await admin.SendAsync(TestHttp.Put($"/api/v1/datasets/{id}", body, current.ETag())).Ok();
        var updated = Assert.Single((await admin.GetAsync("/api/v1/datasets?q=resume+modifie&status=draft").Ok())["items"]!.AsArray())!;
        Assert.Equal("Résumé modifié", (string)updated["title"]!["fr"]!);
        Assert.Equal(2, (int)updated["revision"]!);
    }

    [Fact]
    public async Task A_missing_summary_is_computed_on_read_and_filled_by_the_backfill()
    {
        const string slug = "passages-urgences-oscour";
        var before = await SummaryOfAsync(slug);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var key = await db.Datasets.Where(d => d.Slug == slug).Select(d => d.SearchKey).SingleAsync();
            Assert.Equal(1, await db.Summaries.Where(s => s.SearchKey == key).ExecuteDeleteAsync());
        }
        Assert.True(JsonNode.DeepEquals(before, await SummaryOfAsync(slug)));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            Assert.Equal(1, await DatasetSummary.BackfillAsync(db, null, default));
            Assert.False(await db.Datasets.AnyAsync(d => d.Summary == null));
        }
        Assert.True(JsonNode.DeepEquals(before, await SummaryOfAsync(slug)));
    }

    [Fact]
    public async Task Renaming_the_publisher_renames_it_in_the_summaries()
    {
        var admin = factory.Admin();
        var org = (await admin.GetAsync($"/api/v1/organizations/{DemoCatalogue.Hdh}").Ok()).AsObject();
        var name = (string)org["name"]!;
        try
        {
            org["name"] = "Plateforme des données de santé";
            await admin.PutAsync($"/api/v1/organizations/{DemoCatalogue.Hdh}", TestHttp.Json(org)).Ok();
            var items = (await admin.GetAsync($"/api/v1/datasets?publisher={DemoCatalogue.Hdh}&limit=100").Ok())["items"]!.AsArray();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Equal("Plateforme des données de santé", (string)i!["publisher"]!["name"]!));
            using var scope = factory.Services.CreateScope();
            Assert.False(await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Datasets.AnyAsync(d => d.Summary == null));
        }
        finally
        {
            org["name"] = name;
            await admin.PutAsync($"/api/v1/organizations/{DemoCatalogue.Hdh}", TestHttp.Json(org)).Ok();
        }
    }

    private async Task<JsonNode> SummaryOfAsync(string slug)
    {
        var items = (await factory.Anonymous().GetAsync("/api/v1/datasets?limit=100").Ok())["items"]!.AsArray();
        return items.Single(i => (string)i!["slug"]! == slug)!;
    }
}

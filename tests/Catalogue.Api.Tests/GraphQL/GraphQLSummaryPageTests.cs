using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Services;
using Catalogue.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>
/// A page whose fields the stored listing summaries carry is read from them; the answer must be the one the
/// documents give. The same selection is asked three ways: summary fields only (summaries), plus <c>tags</c>
/// (documents without their dictionary) and plus <c>variables</c> (whole documents).
/// </summary>
public sealed class GraphQLSummaryPageTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string SummaryFields = """
        __typename id uuid slug identifier doi status revision modifiedAt title titles { lang value } titleEn: title(lang: "en")
        description keywords keywordsFr: keywords(lang: "fr") publisher { uuid name acronym } licences { spdxId euCode }
        accessRights themes { code label(lang: "en") } healthCategories { code }
        distributions { __typename id title format mediaType accessUrl downloadUrl byteSize role isRemote }
        """;

    private static string Query(string extra) => $$"""
        query { datasets(first: 20, order: [{title: ASC}]) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { {{SummaryFields}} {{extra}} } }
          nodes { ...Listed }
        } }
        fragment Listed on Dataset { slug distributions { ... on Distribution { format byteSize } } }
        """;

    [Fact]
    public async Task A_page_read_from_summaries_answers_as_the_documents_do()
    {
        // An editor of every organisation sees drafts and in-review records too: every status is compared.
        var counter = new SqlCommandCounter();
        var admin = counter.AdminClient(factory);

        counter.Reset();
        var fromSummaries = await admin.DataAsync(Query(""));
        Assert.Contains(counter.Texts, sql => sql.Contains("dataset_summaries"));
        counter.Reset();
        var withoutDictionary = await admin.DataAsync(Query("tags"));
        Assert.DoesNotContain(counter.Texts, sql => sql.Contains("dataset_summaries"));
        var whole = await admin.DataAsync(Query("tags variables { name }"));

        var nodes = fromSummaries["datasets"]!["edges"]!.AsArray();
        Assert.True(nodes.Count >= 8, $"expected the demo catalogue, got {nodes.Count} records");
        Assert.Contains(nodes, e => e!["node"]!["distributions"]!.AsArray().Count > 1);
        Assert.Contains(nodes, e => e!["node"]!["doi"] is not null || e["node"]!["keywords"]!.AsArray().Count > 0);
        Assert.True(JsonNode.DeepEquals(fromSummaries, Without(withoutDictionary, "tags")),
            $"summaries:\n{fromSummaries}\n\ndocuments:\n{Without(withoutDictionary, "tags")}");
        Assert.True(JsonNode.DeepEquals(fromSummaries, Without(whole, "tags", "variables")));
    }

    [Fact]
    public async Task A_narrow_page_reads_only_the_members_it_selects_and_answers_as_the_documents_do()
    {
        // The benchmark's selection, plus a role filter that reads a member (role) the selection does not name.
        const string narrow = """
            id slug title publisher { id name } distributions { title format byteSize accessUrl } keywords
            main: distributions(role: MAIN) { format }
            """;
        static string Page(string fields) => $$"""{ datasets(first: 20, order: [{title: ASC}]) { edges { node { {{fields}} } } } }""";
        var counter = new SqlCommandCounter();
        var admin = counter.AdminClient(factory);

        counter.Reset();
        var fromSummaries = await admin.DataAsync(Page(narrow));
        Assert.Contains(counter.Texts, sql => sql.Contains("dataset_summaries"));
        var fromDocuments = await admin.DataAsync(Page(narrow + " tags"));

        var nodes = fromSummaries["datasets"]!["edges"]!.AsArray();
        Assert.Contains(nodes, e => e!["node"]!["main"]!.AsArray().Count < e["node"]!["distributions"]!.AsArray().Count);
        Assert.All(nodes, e => Assert.False(string.IsNullOrEmpty((string?)e!["node"]!["title"])));
        Assert.True(JsonNode.DeepEquals(fromSummaries, Without(fromDocuments, "tags")),
            $"summaries:\n{fromSummaries}\n\ndocuments:\n{Without(fromDocuments, "tags")}");
    }

    [Fact]
    public async Task A_row_whose_summary_is_missing_is_read_from_its_document()
    {
        // Until the start-up backfill reaches it, a row may have no summary: the page reads its document instead.
        var counter = new SqlCommandCounter();
        var admin = counter.AdminClient(factory);
        var expected = await admin.DataAsync(Query(""));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var key = await db.Datasets.Where(d => d.Slug == "passages-urgences-oscour").Select(d => d.SearchKey).SingleAsync();
            Assert.Equal(1, await db.Summaries.Where(s => s.SearchKey == key).ExecuteDeleteAsync());
        }
        try
        {
            counter.Reset();
            var actual = await admin.DataAsync(Query(""));
            Assert.Contains(counter.Texts, sql => sql.Contains("dataset_summaries"));
            Assert.True(JsonNode.DeepEquals(expected, actual), $"expected:\n{expected}\n\nactual:\n{actual}");
        }
        finally
        {
            using var scope = factory.Services.CreateScope();
            await DatasetSummary.BackfillAsync(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>(), null, default);
        }
    }

    [Fact]
    public async Task The_summaries_name_the_publisher_and_a_wider_selection_reads_the_organisations()
    {
        var anonymous = factory.Anonymous();
        static string Page(string fields) => $$"""{ datasets(first: 50) { nodes { slug {{fields}} } } }""";
        const string named = "publisher { __typename id uuid name acronym }";

        var fromSummaries = await anonymous.DataAsync(Page(named));
        var fromDocuments = await anonymous.DataAsync(Page(named + " tags")); // tags: the documents, and the organisations
        var nodes = fromSummaries["datasets"]!["nodes"]!.AsArray();
        Assert.True(nodes.Count >= 8, $"expected the demo catalogue's published records, got {nodes.Count}");
        Assert.Contains(nodes, n => n!["publisher"]!["acronym"] is not null);
        var documentNodes = fromDocuments["datasets"]!["nodes"]!.AsArray().Select(n => { var c = n!.DeepClone(); c.AsObject().Remove("tags"); return c; });
        Assert.True(JsonNode.DeepEquals(nodes, new JsonArray(documentNodes.ToArray())), $"summaries:\n{nodes}\n\ndocuments:\n{fromDocuments}");

        // One selection asks for more than the summary names: every publisher of the page is then the organisation.
        var mixed = await anonymous.DataAsync(Page("short: publisher { name } full: publisher { uuid name homepage ror }"));
        foreach (var node in mixed["datasets"]!["nodes"]!.AsArray())
        {
            var full = node!["full"]!;
            var organisation = await anonymous.GetAsync($"/api/v1/organizations/{(string)full["uuid"]!}").Ok();
            Assert.Equal((string)organisation["name"]!, (string)node["short"]!["name"]!);
            Assert.Equal((string)organisation["name"]!, (string)full["name"]!);
            Assert.Equal((string?)organisation["homepage"], (string?)full["homepage"]);
            Assert.Equal((string?)organisation["ror"], (string?)full["ror"]);
        }
        Assert.Contains(mixed["datasets"]!["nodes"]!.AsArray(), n => n!["full"]!["homepage"] is not null);
    }

    [Fact]
    public async Task The_front_page_follows_edits_of_the_records_and_publishers_it_has_read()
    {
        // The front page's decoded records are kept between requests (DecodedSummaryCache); an edit changes the
        // stored summary, and the next page must show it.
        var anonymous = factory.Anonymous();
        var admin = factory.Admin();
        const string front = "{ datasets(first: 50) { nodes { uuid slug title(lang: \"fr\") publisher { uuid name } } } }";
        var before = (await anonymous.DataAsync(front))["datasets"]!["nodes"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(before, (await anonymous.DataAsync(front))["datasets"]!["nodes"]!));
        var last = before[^1]!;
        var id = (string)last["uuid"]!;
        var organisationId = (string)last["publisher"]!["uuid"]!;

        var current = await admin.GetAsync($"/api/v1/datasets/{id}");
        var record = (await current.ReadJson()).AsObject();
        record["title"]!["fr"] = "Titre modifié pour la page d'accueil";
        await admin.SendAsync(TestHttp.Put($"/api/v1/datasets/{id}", record, current.ETag())).Ok();
        var edited = (await anonymous.DataAsync(front))["datasets"]!["nodes"]!.AsArray();
        Assert.Equal(id, (string)edited[0]!["uuid"]!); // most recently modified first
        Assert.Equal("Titre modifié pour la page d'accueil", (string)edited[0]!["title"]!);

        var organisation = (await admin.GetAsync($"/api/v1/organizations/{organisationId}").Ok()).AsObject();
        var name = (string)organisation["name"]!;
        try
        {
            organisation["name"] = name + " (renommée)";
            await admin.PutAsync($"/api/v1/organizations/{organisationId}", TestHttp.Json(organisation)).Ok();
            var renamed = (await anonymous.DataAsync(front))["datasets"]!["nodes"]!.AsArray();
            Assert.All(renamed.Where(n => (string)n!["publisher"]!["uuid"]! == organisationId),
                n => Assert.Equal(name + " (renommée)", (string)n!["publisher"]!["name"]!));
        }
        finally
        {
            organisation["name"] = name;
            await admin.PutAsync($"/api/v1/organizations/{organisationId}", TestHttp.Json(organisation)).Ok();
        }
    }

    [Theory]
    [InlineData("publisher { name }")]
    [InlineData("publisher { name homepage }")] // with the organisations' documents
    public async Task The_public_default_listing_runs_on_its_own_read_and_pages_as_the_general_one(string publisher)
    {
        // Anonymous, no where/search/order: the rows are read by SqliteDocumentReads on SQLite (no EF command at
        // all) and by the compiled query on PostgreSQL. The same order asked for explicitly takes the composed
        // query; every page of both walks must be the same.
        var counter = new SqlCommandCounter();
        var anonymous = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<CatalogueDbContext>(o => o.AddInterceptors(counter)))).CreateClient();
        string Page(string? after, string order) => Paged(after is null ? "" : ", after: \"" + after + "\"", order);
        string Paged(string after, string order) => $$"""
            { datasets(first: 3{{after}}{{order}}) {
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id slug title keywords PUBLISHER distributions { title format byteSize accessUrl } } } } }
            """.Replace("PUBLISHER", publisher);

        var pages = 0;
        string? after = null;
        while (true)
        {
            counter.Reset();
            var compiled = await anonymous.DataAsync(Page(after, ""));
            Assert.DoesNotContain(counter.Texts, sql => sql.Contains("IN (2, 3)"));
            counter.Reset();
            var general = await anonymous.DataAsync(Page(after, ", order: [{modified: DESC}]"));
            Assert.Contains(counter.Texts, sql => sql.Contains("IN (2, 3)"));
            Assert.True(JsonNode.DeepEquals(general, compiled), $"general:\n{general}\n\ncompiled:\n{compiled}");
            Assert.NotEmpty(compiled["datasets"]!["edges"]!.AsArray());
            pages++;
            if (!(bool)compiled["datasets"]!["pageInfo"]!["hasNextPage"]!) break;
            after = (string)compiled["datasets"]!["pageInfo"]!["endCursor"]!;
        }
        Assert.True(pages >= 3, $"expected the demo catalogue's published records over several pages, got {pages}");
    }

    private static JsonNode Without(JsonNode data, params string[] fields)
    {
        var copy = data.DeepClone();
        foreach (var edge in copy["datasets"]!["edges"]!.AsArray())
            foreach (var f in fields) edge!["node"]!.AsObject().Remove(f);
        return copy;
    }
}

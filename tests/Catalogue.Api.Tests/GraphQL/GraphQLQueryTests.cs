using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>
/// Reads through the graph over the seeded demo catalogue. Filters and orders are checked against the same
/// records filtered in memory here, so the database translation is compared with an independent oracle.
/// </summary>
public sealed class GraphQLQueryTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string AllFields = """
        query ($where: DatasetWhere, $order: [DatasetOrder!], $first: Int) {
          datasets(first: $first, where: $where, order: $order) {
            totalCount
            nodes { id uuid slug title sortTitle: title(lang: "fr") status accessRights qualityScore: quality { score }
                    issued modifiedAt numberOfRecords themes { code } licences { spdxId } keywords
                    publisher { uuid name } distributions { format } }
          }
        }
        """;

    private async Task<IReadOnlyList<JsonNode>> ListAsync(HttpClient client, object? where = null, object? order = null, int first = 100)
    {
        var data = await client.DataAsync(AllFields, new { where, order, first });
        var nodes = data["datasets"]!.Nodes();
        Assert.Equal(nodes.Count, (int)data["datasets"]!["totalCount"]!);
        return nodes;
    }

    private static IReadOnlyList<string> Slugs(IEnumerable<JsonNode> nodes) => nodes.Select(n => (string)n["slug"]!).ToList();

    [Fact]
    public async Task Anonymous_sees_the_published_records_with_their_publisher_and_distributions()
    {
        var all = await ListAsync(factory.Anonymous());
        var rest = await factory.Anonymous().GetAsync("/api/v1/datasets?limit=100&count=true").Ok();
        Assert.Equal((int)rest["total"]!, all.Count);
        Assert.All(all, n => Assert.Equal("PUBLISHED", (string)n["status"]!));
        Assert.All(all, n => Assert.False(string.IsNullOrEmpty((string?)n["publisher"]?["name"])));
        Assert.Contains(all, n => n["distributions"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task Where_filters_agree_with_the_records_filtered_in_memory()
    {
        var client = factory.Anonymous();
        var all = await ListAsync(client);
        var someTheme = all.SelectMany(n => n["themes"]!.AsArray()).Select(t => (string)t!["code"]!).GroupBy(t => t).OrderBy(g => g.Count()).First().Key;
        var restricted = await ListAsync(client, new { accessRights = new { eq = "RESTRICTED" } });
        Assert.Equal(Slugs(all.Where(n => (string)n["accessRights"]! == "RESTRICTED")).Order(), Slugs(restricted).Order());

        var byTheme = await ListAsync(client, new { theme = new { includes = someTheme } });
        Assert.Equal(Slugs(all.Where(n => n["themes"]!.AsArray().Any(t => (string)t!["code"]! == someTheme))).Order(), Slugs(byTheme).Order());

        var notTheme = await ListAsync(client, new { not = new[] { new { theme = new { includes = someTheme } } } });
        Assert.Equal(all.Count - byTheme.Count, notTheme.Count);

        var either = await ListAsync(client, new { or = new object[] { new { accessRights = new { eq = "RESTRICTED" } }, new { theme = new { includes = someTheme } } } });
        Assert.Equal(Slugs(restricted.Concat(byTheme)).Distinct().Order(), Slugs(either).Order());

        var minScore = all.Select(n => (int)n["qualityScore"]!["score"]!).Order().ElementAt(all.Count / 2);
        var good = await ListAsync(client, new { qualityScore = new { gte = minScore }, accessRights = new { nin = new[] { "NON_PUBLIC" } } });
        Assert.Equal(Slugs(all.Where(n => (int)n["qualityScore"]!["score"]! >= minScore && (string)n["accessRights"]! != "NON_PUBLIC")).Order(), Slugs(good).Order());
    }

    [Fact]
    public async Task Title_number_of_records_and_date_filters_run_in_the_database()
    {
        var client = factory.Anonymous();
        var all = await ListAsync(client);
        var sample = all.First();
        var word = ((string)sample["sortTitle"]!).Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var contains = await ListAsync(client, new { title = new { contains = word.ToUpperInvariant() } });
        Assert.Contains(Slugs(contains), s => s == (string)sample["slug"]!);
        Assert.All(contains, n => Assert.Contains(Fold(word), Fold((string)n["sortTitle"]!)));

        var counts = all.Where(n => n["numberOfRecords"] is not null).Select(n => (long)n["numberOfRecords"]!).Order().ToList();
        Assert.NotEmpty(counts);
        var pivot = counts[counts.Count / 2];
        var big = await ListAsync(client, new { numberOfRecords = new { gt = pivot } });
        Assert.Equal(counts.Count(c => c > pivot), big.Count);

        var issued = all.Select(n => DateTimeOffset.Parse((string)n["issued"]!)).Order().ToList();
        var cut = issued[issued.Count / 2];
        var recent = await ListAsync(client, new { issued = new { gte = cut.ToString("O") } });
        Assert.Equal(issued.Count(d => d >= cut), recent.Count);
    }

    private static string Fold(string s) => Catalogue.Domain.Model.RecordDefaults.Fold(s).Trim();

    [Fact]
    public async Task Order_by_title_and_quality_score_matches_sorting_the_records()
    {
        var client = factory.Anonymous();
        var byTitle = await ListAsync(client, order: new[] { new { title = "ASC" } });
        Assert.Equal(byTitle.Select(n => Fold((string)n["sortTitle"]!)).OrderBy(t => t, StringComparer.Ordinal), byTitle.Select(n => Fold((string)n["sortTitle"]!)));
        var byScore = await ListAsync(client, order: new object[] { new { qualityScore = "DESC" }, new { title = "ASC" } });
        var scores = byScore.Select(n => (int)n["qualityScore"]!["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Cursors_walk_forwards_and_backwards_over_every_record_once()
    {
        var client = factory.Anonymous();
        const string page = """
            query ($first: Int, $after: String, $last: Int, $before: String) {
              datasets(first: $first, after: $after, last: $last, before: $before, order: [{title: ASC}]) {
                edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
              }
            }
            """;
        var forward = new List<string>();
        string? after = null;
        JsonNode info;
        do
        {
            var conn = (await client.DataAsync(page, new { first = 3, after }))["datasets"]!;
            forward.AddRange(conn["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!));
            info = conn["pageInfo"]!;
            Assert.Equal(after is not null, (bool)info["hasPreviousPage"]!);
            after = (string?)info["endCursor"];
        } while ((bool)info["hasNextPage"]!);
        var total = (int)(await client.DataAsync("{ datasets { totalCount } }"))["datasets"]!["totalCount"]!;
        Assert.Equal(total, forward.Count);
        Assert.Equal(forward.Count, forward.Distinct().Count());

        var backward = new List<string>();
        string? before = null;
        do
        {
            var conn = (await client.DataAsync(page, new { last = 3, before }))["datasets"]!;
            backward.InsertRange(0, conn["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!));
            info = conn["pageInfo"]!;
            before = (string?)info["startCursor"];
        } while ((bool)info["hasPreviousPage"]!);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused_not_cut()
    {
        var error = await factory.Anonymous().ErrorAsync("BAD_USER_INPUT", "{ datasets(first: 101) { nodes { slug } } }");
        Assert.Contains("maximum page size", (string)error["message"]!);
        Assert.Equal(new JsonArray("datasets"), error["path"], JsonNode.DeepEquals);
        await factory.Anonymous().ErrorAsync("BAD_USER_INPUT", "{ datasets(after: \"not-a-cursor\") { totalCount } }");
    }

    [Fact]
    public async Task Datasets_are_found_by_slug_id_global_id_and_node()
    {
        var client = factory.Anonymous();
        var any = (await ListAsync(client)).First();
        var slug = (string)any["slug"]!;
        var bySlug = await client.DataAsync("query ($s: String) { dataset(slug: $s) { id uuid } }", new { s = slug });
        var id = (string)bySlug["dataset"]!["id"]!;
        var uuid = (string)bySlug["dataset"]!["uuid"]!;
        foreach (var key in new[] { id, uuid })
            Assert.Equal(slug, (string)(await client.DataAsync("query ($i: ID) { dataset(id: $i) { slug } }", new { i = key }))["dataset"]!["slug"]!);
        var node = await client.DataAsync("query ($i: ID!) { node(id: $i) { id __typename ... on Dataset { slug } } }", new { i = id });
        Assert.Equal("Dataset", (string)node["node"]!["__typename"]!);
        Assert.Equal(slug, (string)node["node"]!["slug"]!);
        var nodes = await client.DataAsync("query ($i: [ID!]!) { nodes(ids: $i) { id } }", new { i = new[] { id, "bm9wZQ", (string)any["publisher"]!["uuid"]! } });
        Assert.Equal(id, (string)nodes["nodes"]![0]!["id"]!);
        Assert.Null(nodes["nodes"]![1]);
        Assert.Null((await client.DataAsync("{ dataset(slug: \"no-such-dataset\") { id } }"))["dataset"]);
        await client.ErrorAsync("BAD_USER_INPUT", "{ dataset(slug: \"a\", doi: \"10.1/x\") { id } }");
    }

    [Fact]
    public async Task Drafts_of_other_organisations_leak_neither_by_id_nor_in_counts_or_facets()
    {
        var draftId = new Guid("d5e70000-0000-4000-8000-000000000009");
        var globalId = Catalogue.Api.GraphQL.GlobalId.Encode("Dataset", draftId);
        const string probe = """
            query ($id: ID!, $uuid: ID) {
              node(id: $id) { id } dataset(id: $uuid) { id }
              datasets(where: {status: {in: [DRAFT, IN_REVIEW, PUBLISHED]}}) { totalCount }
              facets(where: {status: {eq: DRAFT}}) { total publishers { value count } }
            }
            """;
        var strangers = new[] { factory.Anonymous(), factory.WithKey(await Keys.EditorAsync(factory, DemoCatalogue.Aphp)) };
        foreach (var client in strangers)
        {
            var data = await client.DataAsync(probe, new { id = globalId, uuid = draftId.ToString() });
            Assert.Null(data["node"]);
            Assert.Null(data["dataset"]);
            Assert.Equal(0, (int)data["facets"]!["total"]!);
            Assert.Empty(data["facets"]!["publishers"]!.AsArray());
        }
        var owner = await factory.WithKey(await Keys.EditorAsync(factory, DemoCatalogue.Spf)).DataAsync(probe, new { id = globalId, uuid = draftId.ToString() });
        Assert.Equal(globalId, (string)owner["node"]!["id"]!);
        Assert.Equal(1, (int)owner["facets"]!["total"]!);
        var anonymousTotal = (int)(await factory.Anonymous().DataAsync(probe, new { id = globalId, uuid = draftId.ToString() }))["datasets"]!["totalCount"]!;
        Assert.Equal(anonymousTotal + 1, (int)owner["datasets"]!["totalCount"]!);
    }

    [Fact]
    public async Task Facet_counts_agree_with_the_listing_for_the_same_filter()
    {
        var client = factory.Anonymous();
        var all = await ListAsync(client);
        var data = await client.DataAsync("{ facets { total themes { value count label(lang: \"en\") } licences { value count } accessRights { value count } publishers { count publisher { uuid } } years { value count } } }");
        var facets = data["facets"]!;
        Assert.Equal(all.Count, (int)facets["total"]!);
        foreach (var theme in facets["themes"]!.AsArray())
            Assert.Equal(all.Count(n => n["themes"]!.AsArray().Any(t => (string)t!["code"]! == (string)theme!["value"]!)), (int)theme!["count"]!);
        foreach (var access in facets["accessRights"]!.AsArray())
            Assert.Equal(all.Count(n => (string)n["accessRights"]! == (string)access!["value"]!), (int)access!["count"]!);
        foreach (var pub in facets["publishers"]!.AsArray())
            Assert.Equal(all.Count(n => (string)n["publisher"]!["uuid"]! == (string)pub!["publisher"]!["uuid"]!), (int)pub!["count"]!);
        Assert.Equal(all.Count, facets["publishers"]!.AsArray().Sum(p => (int)p!["count"]!));
    }

    [Fact]
    public async Task Bilingual_fields_follow_the_lang_argument_with_french_fallback()
    {
        var data = await factory.Anonymous().DataAsync("""
            { datasets(first: 100) { nodes { titles { lang value } fr: title(lang: "fr") en: title(lang: "en") xx: title(lang: "xx") } } }
            """);
        foreach (var n in data["datasets"]!.Nodes())
        {
            var titles = n["titles"]!.AsArray().ToDictionary(t => (string)t!["lang"]!, t => (string)t!["value"]!);
            Assert.Equal(titles["fr"], (string)n["fr"]!);
            Assert.Equal(titles.GetValueOrDefault("en") ?? titles["fr"], (string)n["en"]!);
            Assert.Equal(titles["fr"], (string)n["xx"]!);
        }
    }

    [Fact]
    public async Task The_data_dictionary_is_searchable_by_variable_name_and_coding_system()
    {
        var client = factory.Anonymous();
        var data = await client.DataAsync("{ datasets(first: 100) { nodes { slug variables { name codingSystem } } } }");
        var withVars = data["datasets"]!.Nodes().Where(n => n["variables"]!.AsArray().Count > 0).ToList();
        Assert.NotEmpty(withVars);
        var variable = withVars[0]["variables"]!.AsArray().First()!;
        var name = (string)variable["name"]!;
        var expected = withVars.Where(n => n["variables"]!.AsArray().Any(v => string.Equals((string)v!["name"]!, name, StringComparison.OrdinalIgnoreCase)))
            .Select(n => (string)n["slug"]!).Order().ToList();
        var found = await client.DataAsync("query ($n: String!) { datasets(where: {variable: {includes: $n}}) { nodes { slug } } variables(name: $n) { dataset { slug } table { name } variable { name } } }",
            new { n = name.ToUpperInvariant() });
        Assert.Equal(expected, Slugs(found["datasets"]!.Nodes()).Order());
        Assert.Equal(expected, found["variables"]!.AsArray().Select(m => (string)m!["dataset"]!["slug"]!).Distinct().Order());

        var coded = withVars.SelectMany(n => n["variables"]!.AsArray()).Select(v => (string?)v!["codingSystem"]).FirstOrDefault(c => c is not null);
        if (coded is not null)
        {
            var matches = await client.DataAsync("query ($c: String) { variables(codingSystem: $c, first: 100) { variable { codingSystem } } }", new { c = coded });
            Assert.NotEmpty(matches["variables"]!.AsArray());
            Assert.All(matches["variables"]!.AsArray(), m => Assert.Equal(coded, (string)m!["variable"]!["codingSystem"]!));
        }
    }

    [Fact]
    public async Task Organizations_catalog_and_search_union_resolve()
    {
        var client = factory.Anonymous();
        var data = await client.DataAsync("""
            { organizations { id slug name datasets(first: 100) { totalCount nodes { publisher { slug } } } }
              catalog { title(lang: "en") datasetCount organizationCount licences { spdxId udataId euIri } }
              search(text: "sante", first: 20) { __typename ... on Dataset { slug } ... on Organization { name } } }
            """);
        var orgs = data["organizations"]!.AsArray();
        Assert.Equal((int)data["catalog"]!["organizationCount"]!, orgs.Count);
        Assert.Equal((int)data["catalog"]!["datasetCount"]!, orgs.Sum(o => (int)o!["datasets"]!["totalCount"]!));
        Assert.All(orgs, o => Assert.All(o!["datasets"]!.Nodes(), n => Assert.Equal((string)o["slug"]!, (string)n["publisher"]!["slug"]!)));
        Assert.Equal("Health data catalogue", (string)data["catalog"]!["title"]!);
        Assert.NotEmpty(data["search"]!.AsArray());
        var bySlug = await client.DataAsync("query ($s: String) { organization(slug: $s) { id name } }", new { s = (string)orgs[0]!["slug"]! });
        Assert.Equal((string)orgs[0]!["id"]!, (string)bySlug["organization"]!["id"]!);
    }
}

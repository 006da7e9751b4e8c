using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>Writes through the graph: same keys and rules as REST, domain outcomes as coded GraphQL errors.</summary>
public sealed class GraphQLMutationTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string Create = """
        mutation ($input: DatasetInput!) {
          createDataset(input: $input) { id uuid status revision title keywords publisher { uuid } themes { code } }
        }
        """;

    private static object Input(string title, params string[] themes) => new
    {
        organizationId = DemoCatalogue.Spf.ToString(),
        title = new[] { new { lang = "fr", value = title } },
        description = new[] { new { lang = "fr", value = "Un jeu de test." } },
        keywords = new[] { new { lang = "fr", value = "essai" }, new { lang = "fr", value = "graphql" } },
        themes,
    };

    private async Task<HttpClient> SpfEditorAsync() => factory.WithKey(await Keys.EditorAsync(factory, DemoCatalogue.Spf));

    [Fact]
    public async Task Writing_needs_a_key_and_an_organisation_the_key_may_edit()
    {
        await factory.Anonymous().ErrorAsync("UNAUTHENTICATED", Create, new { input = Input("Anonyme") });
        var aphp = factory.WithKey(await Keys.EditorAsync(factory, DemoCatalogue.Aphp));
        var result = await aphp.GraphQLAsync(Create, new { input = Input("Pas chez moi") });
        Assert.Equal("FORBIDDEN", (string)result["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(result["data"]!["createDataset"]);
        Assert.Equal(new JsonArray("createDataset"), result["errors"]![0]!["path"], JsonNode.DeepEquals);
    }

    [Fact]
    public async Task Create_update_with_expected_revision_history_diff_and_restore()
    {
        var editor = await SpfEditorAsync();
        var created = (await editor.DataAsync(Create, new { input = Input("Essai GraphQL", "HEAL") }))["createDataset"]!;
        Assert.Equal("DRAFT", (string)created["status"]!);
        Assert.Equal(1, (int)created["revision"]!);
        Assert.Equal(DemoCatalogue.Spf.ToString(), (string)created["publisher"]!["uuid"]!);
        var id = (string)created["id"]!;

        const string update = """
            mutation ($id: ID!, $rev: Int!, $input: DatasetInput!) {
              updateDataset(id: $id, expectedRevision: $rev, input: $input) { revision title keywords themes { code } }
            }
            """;
        var renamed = new { title = new[] { new { lang = "fr", value = "Essai renommé" } } };
        var updated = (await editor.DataAsync(update, new { id, rev = 1, input = renamed }))["updateDataset"]!;
        Assert.Equal(2, (int)updated["revision"]!);
        Assert.Equal("Essai renommé", (string)updated["title"]!);
        Assert.Equal(created["keywords"], updated["keywords"], JsonNode.DeepEquals);
        Assert.Equal("HEAL", (string)updated["themes"]![0]!["code"]!);

        var stale = await editor.ErrorAsync("PRECONDITION_FAILED", update, new { id, rev = 1, input = renamed });
        Assert.Equal(2, (int)stale["extensions"]!["currentRevision"]!);

        var history = await editor.DataAsync("query ($id: ID!) { node(id: $id) { ... on Dataset { revisions { number action } diff(from: 1) { path before after } } } }", new { id });
        Assert.Equal(new[] { 2, 1 }, history["node"]!["revisions"]!.AsArray().Select(r => (int)r!["number"]!));
        var titleChange = history["node"]!["diff"]!.AsArray().Single(c => (string)c!["path"]! == "title.fr")!;
        Assert.Equal("Essai GraphQL", (string)titleChange["before"]!);
        Assert.Equal("Essai renommé", (string)titleChange["after"]!);

        var restored = (await editor.DataAsync("mutation ($id: ID!) { restoreRevision(id: $id, revision: 1, expectedRevision: 2) { revision title } }", new { id }))["restoreRevision"]!;
        Assert.Equal(3, (int)restored["revision"]!);
        Assert.Equal("Essai GraphQL", (string)restored["title"]!);
    }

    [Fact]
    public async Task Invalid_codes_are_bad_user_input_with_the_field_path()
    {
        var error = await (await SpfEditorAsync()).ErrorAsync("BAD_USER_INPUT", Create, new { input = Input("Thème inconnu", "NOT-A-THEME") });
        Assert.Contains(error["extensions"]!["fields"]!.AsArray(), f => (string)f!["path"]! == "themes[0]" && (string)f["code"]! == "unknownCode");
    }

    [Fact]
    public async Task Publishing_an_incomplete_record_is_refused_with_the_failing_checks()
    {
        var editor = await SpfEditorAsync();
        var id = (string)(await editor.DataAsync(Create, new { input = Input("Incomplet") }))["createDataset"]!["id"]!;
        var error = await editor.ErrorAsync("PUBLICATION_REFUSED", "mutation ($id: ID!) { publishDataset(id: $id) { status } }", new { id });
        var paths = error["extensions"]!["fields"]!.AsArray().Select(f => (string)f!["path"]!).ToList();
        Assert.Contains("hdab", paths);
        Assert.Contains("distributions", paths);
        var report = await editor.DataAsync("query ($id: ID!) { node(id: $id) { ... on Dataset { status validationReport { path severity } } } }", new { id });
        Assert.Equal("DRAFT", (string)report["node"]!["status"]!);
        Assert.Contains(report["node"]!["validationReport"]!.AsArray(), i => (string)i!["path"]! == "hdab" && (string)i["severity"]! == "ERROR");
    }

    [Fact]
    public async Task Withdrawing_leaves_a_tombstone_out_of_default_listings()
    {
        var editor = await SpfEditorAsync();
        var published = (await factory.Anonymous().DataAsync("query ($p: ID) { datasets(first: 100, where: {publisher: {eq: $p}}) { nodes { id slug } } }",
            new { p = DemoCatalogue.Spf.ToString() }))["datasets"]!.Nodes()[0];
        var id = (string)published["id"]!;
        var withdrawn = await editor.DataAsync("mutation ($id: ID!) { withdrawDataset(id: $id, reason: \"superseded\") { status withdrawalReason } }", new { id });
        Assert.Equal("WITHDRAWN", (string)withdrawn["withdrawDataset"]!["status"]!);
        Assert.Equal("superseded", (string)withdrawn["withdrawDataset"]!["withdrawalReason"]!);

        var anonymous = factory.Anonymous();
        var listed = await anonymous.DataAsync("{ datasets(first: 100) { nodes { id } } }");
        Assert.DoesNotContain(listed["datasets"]!.Nodes(), n => (string)n["id"]! == id);
        var tombstones = await anonymous.DataAsync("{ datasets(where: {status: {eq: WITHDRAWN}}) { nodes { id } } }");
        Assert.Contains(tombstones["datasets"]!.Nodes(), n => (string)n["id"]! == id);
        var bySlug = await anonymous.DataAsync("query ($s: String) { dataset(slug: $s) { status } }", new { s = (string)published["slug"]! });
        Assert.Equal("WITHDRAWN", (string)bySlug["dataset"]!["status"]!);
        await editor.ErrorAsync("CONFLICT", "mutation ($id: ID!) { withdrawDataset(id: $id) { status } }", new { id });
    }

    [Fact]
    public async Task Mutations_are_refused_over_get()
    {
        var response = await factory.Anonymous().GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { submitDataset(id: \"x\") { id } }"));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

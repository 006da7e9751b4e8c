using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>
/// A page of datasets with their publisher, distributions and keywords costs the same number of SQL commands
/// whatever its size: the page's documents in one query, the publishers through one data-loader batch.
/// </summary>
public sealed class GraphQLSqlCountTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string Page = """
        query ($first: Int) {
          datasets(first: $first, order: [{title: ASC}]) {
            totalCount
            edges { cursor node { title keywords publisher { name acronym } distributions { title format byteSize } } }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_5_and_a_page_of_50_cost_the_same_number_of_sql_commands()
    {
        var counter = new SqlCommandCounter();
        var admin = counter.AdminClient(factory);
        await SeedAsync(admin, 50);

        var counts = new Dictionary<int, int>();
        foreach (var size in new[] { 5, 50, 5 })
        {
            counter.Reset();
            var data = await admin.DataAsync(Page, new { first = size });
            counts[size] = counter.Count;
            var edges = data["datasets"]!["edges"]!.AsArray();
            Assert.Equal(size, edges.Count);
            Assert.All(edges, e => Assert.NotNull((string?)e!["node"]!["publisher"]!["name"]));
        }
        Assert.Equal(counts[5], counts[50]);
        Assert.InRange(counts[50], 2, 6);
    }

    /// <summary>Drafts spread over the five demo organisations, created in one request of aliased mutations.</summary>
    private static async Task SeedAsync(HttpClient admin, int count)
    {
        var orgs = new[] { DemoCatalogue.Hdh, DemoCatalogue.Spf, DemoCatalogue.Aphp, DemoCatalogue.Inserm, DemoCatalogue.Hcl };
        var fields = Enumerable.Range(0, count).Select(i => $$"""
            c{{i}}: createDataset(input: {
              organizationId: "{{orgs[i % orgs.Length]}}",
              title: [{lang: "fr", value: "Jeu de charge {{i:D3}}"}],
              keywords: [{lang: "fr", value: "charge"}, {lang: "en", value: "load {{i}}"}],
              distributions: [{accessUrl: "https://example.org/{{i}}.csv", format: "CSV", byteSize: {{1000 + i}},
                               title: [{lang: "fr", value: "Fichier {{i}}"}]}]
            }) { id }
            """);
        var data = await admin.DataAsync("mutation {\n" + string.Join("\n", fields) + "\n}");
        Assert.Equal(count, data.AsObject().Count);
    }
}

using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>
/// The oracles of issue 4 over a real socket: graphql-http's audit (every MUST and SHOULD) and graphql-js's
/// verdicts on the generic corpus and on our catalogue corpus (tests/Catalogue.Api.Tests/GraphQL/corpus).
/// </summary>
public sealed class GraphQLConformanceTests(KestrelCatalogueFactory server) : IClassFixture<KestrelCatalogueFactory>
{
    private static string Sdl => Path.Combine(SharedPaths.RepoRoot, "schemas", "catalogue.graphql");
    private static string OwnCorpus => Path.Combine(SharedPaths.RepoRoot, "tests", "Catalogue.Api.Tests", "GraphQL", "corpus");

    [Fact]
    public async Task The_graphql_over_http_audit_passes_every_must_and_should() =>
        ConformanceOracle.AssertNoFailures(await ConformanceOracle.RunAsync("audit.mjs", "--url", server.GraphQLUrl, "--strict"));

    [Fact]
    public async Task Graphql_js_agrees_on_the_generic_corpus_and_the_committed_sdl() =>
        ConformanceOracle.AssertNoFailures(await ConformanceOracle.RunAsync("differential.mjs", "--url", server.GraphQLUrl,
            "--queries", Path.Combine(ConformanceOracle.ToolsDirectory, "corpus-generic"), "--sdl", Sdl));

    [Fact]
    public async Task Graphql_js_agrees_on_the_catalogue_corpus()
    {
        Assert.True(Directory.GetFiles(OwnCorpus, "*.graphql").Length >= 80, "The catalogue corpus should hold at least 80 queries.");
        ConformanceOracle.AssertNoFailures(await ConformanceOracle.RunAsync("differential.mjs", "--url", server.GraphQLUrl,
            "--queries", OwnCorpus, "--sdl", Sdl));
    }
}

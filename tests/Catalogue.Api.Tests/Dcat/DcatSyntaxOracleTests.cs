using Catalogue.Api.Dcat;
using Catalogue.Api.Tests.Dcat.Oracles;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>
/// Every syntax of the full dump means the same graph: rapper reads Turtle, RDF/XML and N-Triples to the graph of our
/// N-Triples, and the npm jsonld package expands our JSON-LD (with our served context) to it as well.
/// </summary>
public class DcatSyntaxOracleTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string Base = "http://localhost/";

    [Theory]
    [InlineData("ttl", "turtle")]
    [InlineData("rdf", "rdfxml")]
    [InlineData("nt", "ntriples")]
    public async Task Rapper_reads_each_syntax_to_the_same_graph_as_our_N_Triples(string ext, string rapperSyntax)
    {
        var client = factory.Anonymous();
        var reference = Parse(await client.GetTextAsync("/catalog/dump.nt"));
        var document = await client.GetTextAsync($"/catalog/dump.{ext}");

        var viaRapper = Parse(await RapperOracle.ToNTriplesAsync(DcatTestClient.SaveTemp(document, ext), rapperSyntax, Base));

        Assert.True(reference.Count > 500, $"The dump is suspiciously small ({reference.Count} triples).");
        Assert.Equal(reference.Count, viaRapper.Count);
        Assert.True(Isomorphism.AreIsomorphic(reference.Triples, viaRapper.Triples), $"rapper's reading of .{ext} differs from our N-Triples.");
    }

    [Fact]
    public async Task The_npm_jsonld_package_expands_our_JSON_LD_to_the_graph_of_our_N_Triples()
    {
        var client = factory.Anonymous();
        var reference = Parse(await client.GetTextAsync("/catalog/dump.nt"));
        var jsonld = await client.GetTextAsync("/catalog/dump.jsonld");
        var context = await client.GetTextAsync(CatalogueContext.Path);
        // The oracle refuses remote contexts (no network in tests): give it the document our URL serves.
        var contextBody = System.Text.Json.Nodes.JsonNode.Parse(context)!["@context"]!.ToJsonString();
        var inlined = jsonld.Replace($"\"http://localhost{CatalogueContext.Path}\"", contextBody);
        Assert.NotEqual(jsonld, inlined);

        var viaJsonLd = Parse(await JsonLdOracle.ToNQuadsAsync(inlined));

        Assert.Equal(reference.Count, viaJsonLd.Count);
        Assert.True(Isomorphism.AreIsomorphic(reference.Triples, viaJsonLd.Triples), "jsonld.toRDF of our JSON-LD differs from our N-Triples.");
    }

    [Fact]
    public async Task Our_own_parsers_read_every_syntax_back_to_the_same_graph()
    {
        var client = factory.Anonymous();
        var reference = Parse(await client.GetTextAsync("/catalog/dump.nt"));
        // JSON-LD names our context by URL; the parser resolves that one URL locally (OwnContextLoader).
        foreach (var syntax in RdfSyntax.All)
        {
            var body = await client.GetTextAsync($"/catalog/dump.{syntax.Extension}");
            var graph = new Graph();
            syntax.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)), graph, Base);
            Assert.True(Isomorphism.AreIsomorphic(reference.Triples, graph.Triples), $"{syntax.Name} does not read back to the N-Triples graph.");
        }
    }

    private static Graph Parse(string ntriples)
    {
        var graph = new Graph();
        new NQuadsParser().Parse(ntriples, graph);
        return graph;
    }
}

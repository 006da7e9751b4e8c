using System.Text.Json.Nodes;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Tests.RdfXml;
using Catalogue.Rdf.Writing;

namespace Catalogue.Rdf.Tests.JsonLd;

public sealed class JsonLdWriterTests
{
    private static string Write(IEnumerable<Triple> triples, JsonLdWriterOptions options)
    {
        var text = new StringWriter();
        using (var writer = new JsonLdWriter(text, options)) writer.WriteTriples(triples);
        return text.ToString();
    }

    private static readonly JsonLdWriterOptions WithPrefixes = new() { Prefixes = PrefixMap.Common() };

    [Fact]
    public void Output_is_compacted_with_prefixes_and_groups_nodes_by_subject()
    {
        var json = JsonNode.Parse(Write(NastyDcatGraph.Build().Triples, WithPrefixes))!.AsObject();
        Assert.Equal("http://www.w3.org/ns/dcat#", json["@context"]!["dcat"]!.GetValue<string>());
        var nodes = json["@graph"]!.AsArray();
        var catalogue = nodes.Single(n => n!["@id"]!.GetValue<string>() == "https://catalogue.example.org/catalogue")!;
        Assert.Equal("dcat:Catalog", catalogue["@type"]!.GetValue<string>());
        Assert.Equal(2, catalogue["dcat:dataset"]!.AsArray().Count);
        Assert.Equal(3, nodes.Count(n => n!["@id"]!.GetValue<string>().StartsWith("https://")));
    }

    [Fact]
    public void Output_parses_back_to_the_same_graph_with_our_parser()
    {
        var graph = NastyDcatGraph.BuildWithValidIris();
        var json = Write(graph.Triples, WithPrefixes);
        var parsed = new Graph();
        new JsonLdParser().Parse(new StringReader(json), parsed);
        Assert.True(Isomorphism.AreIsomorphic(graph.Triples, parsed.Triples), json);
    }

    [Fact]
    public void User_context_cannot_change_the_meaning_of_the_output()
    {
        var graph = NastyDcatGraph.BuildWithValidIris();
        var hostile = new JsonObject
        {
            ["@language"] = "fr",
            ["dct"] = "http://purl.org/dc/terms/",
            ["title"] = new JsonObject { ["@id"] = "http://purl.org/dc/terms/title", ["@type"] = "@id" },
        };
        var json = Write(graph.Triples, WithPrefixes with { InlineContext = hostile });
        var parsed = new Graph();
        new JsonLdParser().Parse(new StringReader(json), parsed);
        Assert.True(Isomorphism.AreIsomorphic(graph.Triples, parsed.Triples), json);
    }

    [Fact]
    public void Npm_jsonld_reads_the_output_as_the_same_graph()
    {
        var graph = NastyDcatGraph.BuildWithValidIris();
        var json = Write(graph.Triples, WithPrefixes);
        var oracle = Path.Combine(Catalogue.TestSupport.SharedPaths.RepoRoot, "tests", "Catalogue.Rdf.Tests", "JsonLd", "oracle");
        if (!Directory.Exists(Path.Combine(oracle, "node_modules")))
            ExternalTool.Run("npm", ["ci", "--no-audit", "--no-fund"], "", oracle);
        var nquads = ExternalTool.Run("node", ["to-nquads.mjs"], json, oracle);

        var parsed = new QuadCollector();
        new NQuadsParser().Parse(new StringReader(nquads), parsed);
        var expected = graph.Triples.Select(t => new Quad(t.Subject, t.Predicate, t.Object, null));
        Assert.True(QuadIsomorphism.AreIsomorphic(expected, parsed.Quads), $"jsonld.js output:\n{nquads}\nfrom:\n{json}");
    }
}

using System.Text.Json.Nodes;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Parsing.JsonLd;

namespace Catalogue.Rdf.Tests.JsonLd;

public sealed class JsonLdParserTests
{
    [Fact]
    public void Remote_contexts_are_refused_by_the_default_loader()
    {
        const string doc = """{"@context": "https://example.org/context.jsonld", "@id": "http://x/s", "name": "n"}""";
        var error = Assert.Throws<RdfParseException>(() => new JsonLdParser().Parse(new StringReader(doc), new Graph()));
        Assert.StartsWith("loading remote context failed", error.Message);
    }

    [Fact]
    public void Remote_contexts_come_from_the_configured_loader()
    {
        var loader = new DictionaryLoader("https://example.org/context.jsonld",
            """{"@context": {"dct": "http://purl.org/dc/terms/", "title": {"@id": "dct:title", "@language": "fr"}}}""");
        const string doc = """{"@context": "https://example.org/context.jsonld", "@id": "http://x/s", "title": "Titre"}""";
        var graph = new Graph();
        new JsonLdParser(new JsonLdOptions { DocumentLoader = loader }).Parse(new StringReader(doc), graph);
        Assert.Equal(new Triple(new Iri("http://x/s"), new Iri("http://purl.org/dc/terms/title"), Literal.Lang("Titre", "fr")),
            Assert.Single(graph.Triples));
    }

    [Fact]
    public void Named_graphs_become_quads_and_relative_ids_use_the_base()
    {
        const string doc = """
            {"@context": {"@vocab": "http://x/v#"},
             "@id": "g1", "@graph": [{"@id": "s", "p": {"@id": "o"}}]}
            """;
        var quads = new QuadCollector();
        new JsonLdParser().Parse(new StringReader(doc), quads, "http://base.example/dir/");
        var quad = Assert.Single(quads.Quads);
        Assert.Equal(new Quad(new Iri("http://base.example/dir/s"), new Iri("http://x/v#p"), new Iri("http://base.example/dir/o"),
            new Iri("http://base.example/dir/g1")), quad);
    }

    [Fact]
    public void Expand_returns_expanded_json()
    {
        var input = JsonNode.Parse("""{"@context": {"ex": "http://ex/"}, "@id": "ex:a", "ex:n": [1, 2.5, true]}""");
        var expanded = JsonLdProcessor.Expand(input);
        var node = Assert.Single(expanded)!.AsObject();
        Assert.Equal("http://ex/a", node["@id"]!.GetValue<string>());
        Assert.Equal(3, node["http://ex/n"]!.AsArray().Count);
    }

    [Fact]
    public void Invalid_documents_report_the_json_ld_error_code()
    {
        var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(JsonNode.Parse("""{"@id": 5}""")));
        Assert.Equal("invalid @id value", error.Code);
    }

    private sealed class DictionaryLoader(string url, string json) : IJsonLdDocumentLoader
    {
        public RemoteDocument Load(string requested) => requested == url
            ? new RemoteDocument(url, JsonNode.Parse(json))
            : throw new JsonLdException("loading document failed", requested);
    }
}

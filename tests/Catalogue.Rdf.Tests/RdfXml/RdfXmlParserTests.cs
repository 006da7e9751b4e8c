using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Tests.RdfXml;

public sealed class RdfXmlParserTests
{
    private const string Header = """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">""";

    private static Graph Parse(string xml, string? baseIri = null)
    {
        var graph = new Graph();
        new RdfXmlParser().Parse(new StringReader(xml), graph, baseIri);
        return graph;
    }

    [Fact]
    public void Grammar_errors_carry_line_and_column()
    {
        var xml = Header + "\n  <rdf:Description rdf:about=\"http://x/s\">\n    <rdf:Description/>\n  </rdf:Description>\n</rdf:RDF>";
        var error = Assert.Throws<RdfParseException>(() => Parse(xml));
        Assert.Equal(3, error.Line);
        Assert.Equal(6, error.Column);
        Assert.Contains("not allowed as a property element", error.Message);
    }

    [Fact]
    public void Malformed_xml_is_an_RdfParseException()
    {
        var error = Assert.Throws<RdfParseException>(() => Parse(Header + "<rdf:Description>"));
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Relative_references_resolve_against_xml_base_and_the_document_base()
    {
        var xml = Header + """
            <rdf:Description rdf:about="a"><dct:relation rdf:resource="b"/></rdf:Description>
            <rdf:Description xml:base="http://other.example/x/" rdf:about="c" dct:title="t" xml:lang="EN"/>
            </rdf:RDF>
            """;
        var graph = Parse(xml, "http://doc.example/dir/file.rdf");
        Assert.Contains(new Triple(new Iri("http://doc.example/dir/a"), new Iri("http://purl.org/dc/terms/relation"),
            new Iri("http://doc.example/dir/b")), graph.Triples);
        Assert.Contains(new Triple(new Iri("http://other.example/x/c"), new Iri("http://purl.org/dc/terms/title"),
            Literal.Lang("t", "en")), graph.Triples);
    }

    [Fact]
    public void Parser_refuses_external_entities()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">
              <rdf:Description rdf:about="http://e/s"><e:p>&x;</e:p></rdf:Description>
            </rdf:RDF>
            """;
        var graph = new Graph();
        var error = Assert.Throws<RdfParseException>(() => new RdfXmlParser().Parse(new StringReader(xxe), graph));
        Assert.True(error.Line > 0);
        Assert.DoesNotContain(graph.Triples, t => t.Object is Literal l && l.Value.Contains("root:"));
    }
}

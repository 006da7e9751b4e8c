using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;
using RdfNs = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Tests.Writing;

public class TurtleWriterTests
{
    private static readonly PrefixMap Ex = new([new("ex", "http://example.org/"), new("xsd", Xsd.Ns)]);
    private static Iri E(string local) => new("http://example.org/" + local);

    private static string Write(RdfWriterOptions options, params Triple[] triples)
    {
        var sw = new StringWriter();
        using (var w = new TurtleWriter(sw, options)) w.WriteTriples(triples);
        return sw.ToString();
    }

    [Fact]
    public void Groups_consecutive_subjects_and_predicates()
    {
        var text = Write(new RdfWriterOptions { Prefixes = Ex },
            new(E("s"), RdfNs.Type, E("C")),
            new(E("s"), E("p"), Literal.Plain("a")),
            new(E("s"), E("p"), Literal.Lang("b", "fr")),
            new(E("s"), E("q"), E("o")),
            new(E("t"), E("p"), new Literal("42", Xsd.Integer)));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n" +
            "ex:s a ex:C ;\n    ex:p \"a\", \"b\"@fr ;\n    ex:q ex:o .\n\nex:t ex:p 42 .\n", text);
    }

    [Theory]
    [InlineData("42", "integer", "42")]
    [InlineData("-0042", "integer", "-0042")]
    [InlineData("4 2", "integer", "\"4 2\"^^xsd:integer")]
    [InlineData("1.5", "decimal", "1.5")]
    [InlineData("1.", "decimal", "\"1.\"^^xsd:decimal")]
    [InlineData("1e3", "double", "1e3")]
    [InlineData("INF", "double", "\"INF\"^^xsd:double")]
    [InlineData("true", "boolean", "true")]
    [InlineData("1", "boolean", "\"1\"^^xsd:boolean")]
    [InlineData("2024-01-01", "date", "\"2024-01-01\"^^xsd:date")]
    public void Shorthands_only_when_the_lexical_form_matches_the_grammar(string lexical, string datatype, string expected)
    {
        var text = Write(new RdfWriterOptions { Prefixes = Ex }, new Triple(E("s"), E("p"), new Literal(lexical, new Iri(Xsd.Ns + datatype))));
        Assert.EndsWith($"ex:s ex:p {expected} .\n", text);
        Assert.Equal(lexical, ((Literal)new TurtleParser().ParseGraph(text).Triples.Single().Object).Value);
    }

    [Theory]
    [InlineData("http://example.org/a/b", "<http://example.org/a/b>")]
    [InlineData("http://example.org/x.", "<http://example.org/x.>")]
    [InlineData("http://example.org/-x", "<http://example.org/-x>")]
    [InlineData("http://example.org/x%2", "<http://example.org/x%2>")]
    [InlineData("http://example.org/x%20y", "ex:x%20y")]
    [InlineData("http://example.org/a.b:c", "ex:a.b:c")]
    [InlineData("http://example.org/", "ex:")]
    [InlineData("http://other.org/x", "<http://other.org/x>")]
    public void Prefixed_names_only_for_safe_local_parts(string iri, string expected)
    {
        var text = Write(new RdfWriterOptions { Prefixes = Ex }, new Triple(E("s"), E("p"), new Iri(iri)));
        Assert.EndsWith($"ex:s ex:p {expected} .\n", text);
        Assert.Equal(new Iri(iri), new TurtleParser().ParseGraph(text).Triples.Single().Object);
    }

    [Fact]
    public void Inline_hint_nests_blank_nodes_while_streaming()
    {
        var contact = new BlankNode("c");
        var address = new BlankNode("a");
        var empty = new BlankNode("e");
        var text = Write(new RdfWriterOptions { Prefixes = Ex, InlineBlankNodes = true },
            new(E("s"), E("contact"), contact),
            new(contact, E("name"), Literal.Plain("n")),
            new(contact, E("address"), address),
            new(address, E("city"), Literal.Plain("Paris")),
            new(contact, E("mail"), E("m")),
            new(E("s"), E("other"), empty),
            new(E("s"), E("title"), Literal.Plain("t")));
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n" +
            "ex:s ex:contact [\n        ex:name \"n\" ;\n        ex:address [\n            ex:city \"Paris\"\n        ] ;\n        ex:mail ex:m\n    ] ;\n" +
            "    ex:other [] ;\n    ex:title \"t\" .\n", text);
        Assert.Equal(7, new TurtleParser().ParseGraph(text).Count);
    }

    [Fact]
    public void Pretty_printer_keeps_shared_and_cyclic_blank_nodes_labelled()
    {
        var shared = new BlankNode("shared");
        var x = new BlankNode("x");
        var y = new BlankNode("y");
        Triple[] graph =
        [
            new(E("a"), E("p"), shared), new(E("b"), E("p"), shared), new(shared, E("name"), Literal.Plain("s")),
            new(x, E("next"), y), new(y, E("next"), x),
            new(E("c"), E("list"), new BlankNode("nested")), new(new BlankNode("nested"), E("v"), Literal.Plain("1")),
        ];
        var text = TurtlePrettyPrinter.ToString(graph, new RdfWriterOptions { Prefixes = Ex });
        Assert.Contains("_:shared", text);
        Assert.Contains("ex:c ex:list [", text);
        Assert.True(Isomorphism.AreIsomorphic(graph, new TurtleParser().ParseGraph(text).Triples), text);
    }

    [Fact]
    public void Base_iri_is_declared_and_used_only_where_it_resolves_back()
    {
        var text = Write(new RdfWriterOptions { BaseIri = "http://example.org/data/" },
            new(new Iri("http://example.org/data/d1"), E("p"), new Iri("http://example.org/data/sub/x")),
            new(new Iri("http://example.org/data/d1"), E("p"), new Iri("http://example.org/data/d2#frag")));
        Assert.StartsWith("@base <http://example.org/data/> .\n", text);
        Assert.Contains("<d1> <http://example.org/p> <http://example.org/data/sub/x>, <d2#frag> .", text);
        var parsed = new TurtleParser().ParseGraph(text);
        Assert.Contains(new Triple(new Iri("http://example.org/data/d1"), E("p"), new Iri("http://example.org/data/d2#frag")), parsed.Triples);
    }

    [Fact]
    public void Prefixes_added_mid_stream_close_the_statement_and_apply_afterwards()
    {
        var sw = new StringWriter();
        using (var w = new TurtleWriter(sw))
        {
            w.WriteTriple(new Triple(E("s"), E("p"), E("o")));
            w.AddPrefix("ex", "http://example.org/");
            w.WriteTriple(new Triple(E("s"), E("p"), E("o2")));
        }
        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n@prefix ex: <http://example.org/> .\n\nex:s ex:p ex:o2 .\n", sw.ToString());
        Assert.Equal(2, new TurtleParser().ParseGraph(sw.ToString()).Count);
    }

    [Fact]
    public void Invalid_prefix_names_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PrefixMap([new("bad prefix", "http://x/")]));

    [Fact]
    public void Close_output_controls_disposal_of_the_target()
    {
        var kept = new StringWriter();
        new TurtleWriter(kept).Dispose();
        kept.Write("still open");
        var closedStream = new MemoryStream();
        new TurtleWriter(closedStream, new RdfWriterOptions { CloseOutput = true }).Dispose();
        Assert.False(closedStream.CanWrite);
        var openStream = new MemoryStream();
        new NTriplesWriter(openStream).Dispose();
        Assert.True(openStream.CanWrite);
    }

    [Fact]
    public void Literal_subjects_are_refused() =>
        Assert.Throws<ArgumentException>(() => new TurtleWriter(new StringWriter()).WriteTriple(new Triple(Literal.Plain("x"), E("p"), E("o"))));
}

using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Tests.NTriples;

public class NTriplesParserTests
{
    [Fact]
    public void Parses_every_object_form_and_comments()
    {
        var g = new NTriplesParser().ParseGraph(
            "# comment\n<http://e/s> <http://e/p> <http://e/o> . # trailing\n" +
            "_:a <http://e/p> \"x\\n\\\"y\"@EN-gb .\r\n" +
            "_:a <http://e/p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n\n");
        Assert.Equal(3, g.Count);
        Assert.Equal(Literal.Lang("x\n\"y", "en-gb"), g.Triples[1].Object);
        Assert.Equal(new Literal("5", Xsd.Integer), g.Triples[2].Object);
        Assert.Same(g.Triples[1].Subject, g.Triples[2].Subject);
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> . <http://e/s> <http://e/p> <http://e/o2> .", "one statement")]
    [InlineData("<http://e/s> <http://e/p>\n<http://e/o> .", "must end on the line")]
    [InlineData("<s> <http://e/p> <http://e/o> .", "Relative IRI")]
    [InlineData("<http://e/s> <http://e/p> 'single' .", "Unexpected")]
    [InlineData("<http://e/s> <http://e/p> \"\"\"long\"\"\" .", "Expected '.'")]
    [InlineData("<http://e/s> <http://e/p> 1 .", "Unexpected '1'")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .", "Expected '.'")]
    public void Rejects_what_only_turtle_or_nquads_allow(string text, string message)
    {
        var error = Assert.Throws<RdfParseException>(() => new NTriplesParser().ParseGraph(text));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void NQuads_reports_graph_labels()
    {
        var quads = new List<Quad>();
        new NQuadsParser().Parse("<http://e/s> <http://e/p> \"o\" <http://e/g> .\n_:s <http://e/p> _:o _:g .\n<http://e/s> <http://e/p> \"d\" .\n",
            new QuadList(quads));
        Assert.Equal(new Iri("http://e/g"), quads[0].Graph);
        Assert.IsType<BlankNode>(quads[1].Graph);
        Assert.Null(quads[2].Graph);
    }

    private sealed class QuadList(List<Quad> quads) : IRdfSink
    {
        public void Triple(Triple triple) => throw new InvalidOperationException("N-Quads must report quads");
        public void Quad(Quad quad) => quads.Add(quad);
    }
}

public class LineEndingAndEncodingTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_separates_statements(string eol)
    {
        var text = "<http://e/s> <http://e/p> \"1\" ." + eol + "<http://e/s> <http://e/p> \"2\" ." + eol;
        Assert.Equal(2, new NTriplesParser().ParseGraph(text).Count);
        var error = Assert.Throws<RdfParseException>(() => new NTriplesParser().ParseGraph(text + "<http://e/s> <http://e/p> bad ."));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Streams_are_read_as_utf8_and_a_bom_is_skipped()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> \"é😀\" .\n")).ToArray();
        var g = new Graph();
        new NTriplesParser().Parse(new MemoryStream(bytes), g);
        Assert.Equal(Literal.Plain("é😀"), g.Triples.Single().Object);
        var g2 = new Graph();
        new TurtleParser().Parse("\uFEFF<http://e/s> <http://e/p> 1 .", g2);
        Assert.Equal(1, g2.Count);
    }
}

using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;

namespace Catalogue.Rdf.Tests.RoundTrip;

/// <summary>write → parse → isomorphic, for every writer and syntax.</summary>
public class RoundTripTests
{
    // Writers percent-encode characters that IRIREF forbids, so the expected graph is the encoded one.
    private static Graph Expected() => Normalize(SampleGraphs.Catalogue());

    public static Graph Normalize(Graph g)
    {
        var result = new Graph();
        foreach (var t in g.Triples) result.Add(new Triple(Encode(t.Subject), (Iri)Encode(t.Predicate), Encode(t.Object)));
        return result;
    }

    private static Term Encode(Term term) => term switch
    {
        Iri iri => new Iri(EncodeIri(iri.Value)),
        Literal { Language: null } lit => new Literal(lit.Value, new Iri(EncodeIri(lit.Datatype.Value))),
        _ => term,
    };

    private static string EncodeIri(string iri)
    {
        var sw = new StringWriter();
        RdfEscaping.WriteIriBody(sw, iri);
        return sw.ToString();
    }

    [Fact]
    public void NTriples_round_trip_is_isomorphic()
    {
        var text = NTriplesWriter.ToString(SampleGraphs.Catalogue().Triples);
        var parsed = new NTriplesParser().ParseGraph(text);
        Assert.True(Isomorphism.AreIsomorphic(Expected().Triples, parsed.Triples), text);
    }

    [Fact]
    public void NQuads_round_trip_keeps_graph_names()
    {
        var sw = new StringWriter();
        using (var w = new NQuadsWriter(sw))
        {
            foreach (var t in SampleGraphs.Catalogue().Triples)
                w.WriteQuad(new Quad(t.Subject, t.Predicate, t.Object, new Iri("https://g.example/one")));
            w.WriteQuad(new Quad(new Iri("http://s"), new Iri("http://p"), Literal.Plain("default"), null));
        }
        var quads = new List<Quad>();
        new NQuadsParser().Parse(sw.ToString(), new QuadCollector(quads));
        Assert.Equal(SampleGraphs.Catalogue().Count + 1, quads.Count);
        Assert.All(quads.SkipLast(1), q => Assert.Equal(new Iri("https://g.example/one"), q.Graph));
        Assert.Null(quads[^1].Graph);
        Assert.True(Isomorphism.AreIsomorphic(Expected().Triples, quads.SkipLast(1).Select(q => q.ToTriple())));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Turtle_streaming_round_trip_is_isomorphic(bool withPrefixes, bool withBase)
    {
        var options = new RdfWriterOptions
        {
            Prefixes = withPrefixes ? PrefixMap.Common() : new PrefixMap(),
            BaseIri = withBase ? "https://catalogue.example.org/dataset/" : null,
        };
        var sw = new StringWriter();
        using (var w = new TurtleWriter(sw, options)) w.WriteTriples(SampleGraphs.Catalogue().Triples);
        var parsed = new TurtleParser().ParseGraph(sw.ToString());
        Assert.True(Isomorphism.AreIsomorphic(Expected().Triples, parsed.Triples), sw.ToString());
    }

    [Fact]
    public void Turtle_pretty_printed_round_trip_is_isomorphic_and_nests_blank_nodes()
    {
        var text = TurtlePrettyPrinter.ToString(SampleGraphs.Catalogue().Triples, new RdfWriterOptions { Prefixes = PrefixMap.Common() });
        var parsed = new TurtleParser().ParseGraph(text);
        Assert.True(Isomorphism.AreIsomorphic(Expected().Triples, parsed.Triples), text);
        Assert.Contains("dcat:contactPoint [", text);
        Assert.Contains("_:publisher", text); // shared by every dataset, so it keeps its label
    }

    [Fact]
    public void Turtle_writer_output_stream_is_utf8_without_bom()
    {
        var ms = new MemoryStream();
        using (var w = new TurtleWriter(ms, new RdfWriterOptions { CloseOutput = false }))
            w.WriteTriple(new Triple(new Iri("http://s"), new Iri("http://p"), Literal.Plain("😀é")));
        var bytes = ms.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        var parsed = new TurtleParser().ParseGraph(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("😀é", ((Literal)parsed.Triples.Single().Object).Value);
    }

    private sealed class QuadCollector(List<Quad> quads) : IRdfSink
    {
        public void Triple(Triple triple) => quads.Add(new Quad(triple.Subject, triple.Predicate, triple.Object, null));
        public void Quad(Quad quad) => quads.Add(quad);
    }
}

using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Tests.RoundTrip;
using Catalogue.Rdf.Writing;

namespace Catalogue.Rdf.Tests.Writing;

/// <summary>
/// Hostile strings in every position a user can influence: whatever we write must parse back as exactly one
/// triple with the same literal, and an IRI must come back either identical or as its percent-encoded form.
/// </summary>
public class EscapingFuzzTests
{
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");

    public static TheoryData<int> NastyIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SampleGraphs.NastyStrings.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(NastyIndexes))]
    public void Nasty_literals_survive_every_syntax(int index)
    {
        var value = SampleGraphs.NastyStrings[index];
        foreach (var literal in new[] { Literal.Plain(value), Literal.Lang(value, "fr-CA"), Literal.Typed(value, new Iri("http://example.org/dt")) })
        {
            var triple = new Triple(S, P, literal);
            AssertSingleTripleRoundTrips(triple, triple);
        }
    }

    [Theory]
    [MemberData(nameof(NastyIndexes))]
    public void Nasty_iris_cannot_break_out_and_come_back_percent_encoded(int index)
    {
        var iri = "http://example.org/" + SampleGraphs.NastyStrings[index];
        var written = new Triple(new Iri(iri), P, new Iri(iri + "#o"));
        var encoded = EncodedIri(iri);
        Assert.DoesNotContain(encoded, c => c <= 0x20 || "<>\"{}|^`\\".Contains(c));
        AssertSingleTripleRoundTrips(written, new Triple(new Iri(encoded), P, new Iri(EncodedIri(iri + "#o"))));
    }

    [Fact]
    public void Valid_iris_are_written_unchanged()
    {
        const string iri = "http://example.org/ünïcødé/%20already-encoded?q=1&r=é#frag😀";
        Assert.Equal(iri, EncodedIri(iri));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        var triple = new Triple(S, P, Literal.Plain("bad \uD800 surrogate"));
        AssertSingleTripleRoundTrips(triple, new Triple(S, P, Literal.Plain("bad \uFFFD surrogate")));
    }

    [Theory]
    [InlineData("en\" . <http://evil/s> <http://evil/p> \"x")]
    [InlineData("en gb")]
    [InlineData("-en")]
    [InlineData("en-")]
    [InlineData("fr_FR")]
    public void Invalid_language_tags_are_refused_by_every_writer(string tag)
    {
        var triple = new Triple(S, P, new Literal("x", null, tag));
        Assert.Throws<ArgumentException>(() => new NTriplesWriter(new StringWriter()).WriteTriple(triple));
        Assert.Throws<ArgumentException>(() => new NQuadsWriter(new StringWriter()).WriteTriple(triple));
        Assert.Throws<ArgumentException>(() => new TurtleWriter(new StringWriter()).WriteTriple(triple));
    }

    [Theory]
    [InlineData("b0")]
    [InlineData("with space")]
    [InlineData("_leading")]
    [InlineData("-dash")]
    [InlineData("dots.in.middle.")]
    [InlineData("ünï")]
    [InlineData("")]
    [InlineData("a_5F_b")]
    public void Any_blank_node_label_is_written_as_a_valid_label(string label)
    {
        var triple = new Triple(new BlankNode(label), P, new BlankNode(label + "!"));
        foreach (var text in WriteAll(triple))
        {
            var parsed = ParseBack(text.Syntax, text.Text);
            var t = Assert.Single(parsed.Triples);
            Assert.IsType<BlankNode>(t.Subject);
            Assert.NotEqual(t.Subject, t.Object); // distinct labels stay distinct
        }
    }

    private static void AssertSingleTripleRoundTrips(Triple written, Triple expected)
    {
        foreach (var (syntax, text) in WriteAll(written))
        {
            var parsed = ParseBack(syntax, text);
            var single = Assert.Single(parsed.Triples);
            Assert.Equal(expected, single);
        }
    }

    private static IEnumerable<(string Syntax, string Text)> WriteAll(Triple triple)
    {
        yield return ("nt", NTriplesWriter.ToString([triple]));
        var sw = new StringWriter();
        using (var w = new NQuadsWriter(sw)) w.WriteQuad(new Quad(triple.Subject, triple.Predicate, triple.Object, new Iri("http://example.org/g")));
        yield return ("nq", sw.ToString());
        sw = new StringWriter();
        using (var w = new TurtleWriter(sw, new RdfWriterOptions { Prefixes = new PrefixMap([new("ex", "http://example.org/")]) })) w.WriteTriple(triple);
        yield return ("ttl", sw.ToString());
    }

    private static Graph ParseBack(string syntax, string text)
    {
        var g = new Graph();
        switch (syntax)
        {
            case "nt": new NTriplesParser().Parse(text, g); break;
            case "nq": new NQuadsParser().Parse(text, new DropGraph(g)); break;
            default: new TurtleParser().Parse(text, g); break;
        }
        return g;
    }

    private static string EncodedIri(string iri)
    {
        var sw = new StringWriter();
        RdfEscaping.WriteIriBody(sw, iri);
        return sw.ToString();
    }

    private sealed class DropGraph(Graph g) : IRdfSink
    {
        public void Triple(Triple triple) => g.Add(triple);
        public void Quad(Quad quad) => g.Add(quad.ToTriple());
    }
}

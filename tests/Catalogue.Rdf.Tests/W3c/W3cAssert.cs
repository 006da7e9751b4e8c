using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Tests.W3c;

/// <summary>The shared checks of syntax and evaluation tests.</summary>
public static class W3cAssert
{
    public static void Accepts(ManifestEntry entry, Action<TextReader, IRdfSink, string> parse)
    {
        using var reader = File.OpenText(entry.ActionPath);
        parse(reader, new Graph(), entry.ActionBaseIri);
    }

    public static void Rejects(ManifestEntry entry, Action<TextReader, IRdfSink, string> parse)
    {
        using var reader = File.OpenText(entry.ActionPath);
        var error = Assert.Throws<RdfParseException>(() => parse(reader, new Graph(), entry.ActionBaseIri));
        Assert.True(error.Line > 0, $"error without a line number: {error.Message}");
    }

    /// <summary>Parses the action and compares it, up to blank node renaming, with the expected N-Triples.</summary>
    public static void Evaluates(ManifestEntry entry, Action<TextReader, IRdfSink, string> parse)
    {
        var actual = new Graph();
        using (var reader = File.OpenText(entry.ActionPath)) parse(reader, actual, entry.ActionBaseIri);
        var expected = new Graph();
        using (var reader = File.OpenText(entry.ResultPath!)) new NTriplesParser().Parse(reader, expected);
        Assert.True(Isomorphism.AreIsomorphic(expected.Triples, actual.Triples),
            $"Not isomorphic.\nExpected:\n{string.Join("\n", expected.Triples)}\nActual:\n{string.Join("\n", actual.Triples)}");
    }

    /// <summary>A line-based document must give the same graph through the Turtle parser.</summary>
    public static void TurtleAgrees(ManifestEntry entry, Action<TextReader, IRdfSink, string> parse)
    {
        var lineBased = new Graph();
        using (var reader = File.OpenText(entry.ActionPath)) parse(reader, lineBased, entry.ActionBaseIri);
        var turtle = new Graph();
        using (var reader = File.OpenText(entry.ActionPath)) new TurtleParser().Parse(reader, turtle, entry.ActionBaseIri);
        Assert.True(Isomorphism.AreIsomorphic(lineBased.Triples, turtle.Triples), "Turtle parser disagrees");
    }
}

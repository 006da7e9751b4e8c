using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Parsing;

/// <summary>RDF 1.1 N-Triples parser: pushes each triple to the sink as soon as its line is read.</summary>
public sealed class NTriplesParser
{
    /// <param name="baseIri">Ignored: N-Triples has absolute IRIs only. Present for symmetry with the Turtle parser.</param>
    public void Parse(TextReader reader, IRdfSink sink, string? baseIri = null)
    {
        var statements = new LineStatementReader(reader, allowGraph: false);
        while (statements.TryRead(out var quad)) sink.Triple(quad.ToTriple());
    }

    public void Parse(string text, IRdfSink sink, string? baseIri = null) => Parse(new StringReader(text), sink, baseIri);

    public Graph ParseGraph(string text)
    {
        var graph = new Graph();
        Parse(text, graph);
        return graph;
    }
}

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

    /// <summary>Parses a byte stream as UTF-8 (a BOM, if any, is skipped); the stream is left open.</summary>
    public void Parse(Stream stream, IRdfSink sink, string? baseIri = null)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        Parse(reader, sink, baseIri);
    }

    public Graph ParseGraph(string text)
    {
        var graph = new Graph();
        Parse(text, graph);
        return graph;
    }
}

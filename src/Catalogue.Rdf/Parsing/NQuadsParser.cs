namespace Catalogue.Rdf.Parsing;

/// <summary>RDF 1.1 N-Quads parser: pushes each statement to <see cref="IRdfSink.Quad"/> (graph null = default graph).</summary>
public sealed class NQuadsParser
{
    /// <param name="baseIri">Ignored: N-Quads has absolute IRIs only.</param>
    public void Parse(TextReader reader, IRdfSink sink, string? baseIri = null)
    {
        var statements = new LineStatementReader(reader, allowGraph: true);
        while (statements.TryRead(out var quad)) sink.Quad(quad);
    }

    public void Parse(string text, IRdfSink sink, string? baseIri = null) => Parse(new StringReader(text), sink, baseIri);

    /// <summary>Parses a byte stream as UTF-8 (a BOM, if any, is skipped); the stream is left open.</summary>
    public void Parse(Stream stream, IRdfSink sink, string? baseIri = null)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        Parse(reader, sink, baseIri);
    }
}

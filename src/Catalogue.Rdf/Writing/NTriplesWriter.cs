using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Writing;

/// <summary>Streams triples as N-Triples, one line each, holding nothing in memory. Also usable as a parser sink.</summary>
public sealed class NTriplesWriter : IRdfSink, IDisposable
{
    private readonly WriterOutput _output;
    private readonly TextWriter _w;
    private bool _closed;

    public NTriplesWriter(TextWriter writer, RdfWriterOptions? options = null)
        : this(new WriterOutput(writer, (options ?? RdfWriterOptions.Default).CloseOutput)) { }

    public NTriplesWriter(Stream stream, RdfWriterOptions? options = null)
        : this(new WriterOutput(stream, (options ?? RdfWriterOptions.Default).CloseOutput)) { }

    private NTriplesWriter(WriterOutput output)
    {
        _output = output;
        _w = output.Writer;
    }

    public void WriteTriple(Triple triple)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        NTriplesFormatter.WriteResource(_w, triple.Subject, "subject");
        _w.Write(' ');
        RdfEscaping.WriteIriRef(_w, triple.Predicate.Value);
        _w.Write(' ');
        NTriplesFormatter.WriteTerm(_w, triple.Object);
        _w.Write(" .\n");
    }

    public void WriteTriples(IEnumerable<Triple> triples)
    {
        foreach (var t in triples) WriteTriple(t);
    }

    void IRdfSink.Triple(Triple triple) => WriteTriple(triple);

    public void Flush() => _w.Flush();

    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        _output.Close();
    }

    /// <summary>Convenience: the N-Triples text of some triples.</summary>
    public static string ToString(IEnumerable<Triple> triples)
    {
        var sw = new StringWriter();
        using (var writer = new NTriplesWriter(sw)) writer.WriteTriples(triples);
        return sw.ToString();
    }
}

using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Writing;

/// <summary>Streams quads as N-Quads (a null graph is the default graph). Also usable as a parser sink.</summary>
public sealed class NQuadsWriter : IRdfSink, IDisposable
{
    private readonly WriterOutput _output;
    private readonly TextWriter _w;
    private bool _closed;

    public NQuadsWriter(TextWriter writer, RdfWriterOptions? options = null)
        : this(new WriterOutput(writer, (options ?? RdfWriterOptions.Default).CloseOutput)) { }

    public NQuadsWriter(Stream stream, RdfWriterOptions? options = null)
        : this(new WriterOutput(stream, (options ?? RdfWriterOptions.Default).CloseOutput)) { }

    private NQuadsWriter(WriterOutput output)
    {
        _output = output;
        _w = output.Writer;
    }

    public void WriteQuad(Quad quad)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        NTriplesFormatter.WriteResource(_w, quad.Subject, "subject");
        _w.Write(' ');
        RdfEscaping.WriteIriRef(_w, quad.Predicate.Value);
        _w.Write(' ');
        NTriplesFormatter.WriteTerm(_w, quad.Object);
        if (quad.Graph is not null)
        {
            _w.Write(' ');
            NTriplesFormatter.WriteResource(_w, quad.Graph, "graph label");
        }
        _w.Write(" .\n");
    }

    public void WriteTriple(Triple triple) => WriteQuad(new Quad(triple.Subject, triple.Predicate, triple.Object, null));

    void IRdfSink.Triple(Triple triple) => WriteTriple(triple);
    void IRdfSink.Quad(Quad quad) => WriteQuad(quad);

    public void Flush() => _w.Flush();

    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        _output.Close();
    }
}

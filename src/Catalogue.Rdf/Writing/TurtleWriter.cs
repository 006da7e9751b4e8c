using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Streams triples as Turtle in the manner of N3.js's N3Writer: it remembers the current subject and predicate, so
/// consecutive triples sharing them become <c>;</c> and <c>,</c> continuations, without holding the graph.
/// Blank node objects can be written inline as <c>[ … ]</c> when the caller promises they are used once and that
/// their own triples follow immediately (see <see cref="RdfWriterOptions.InlineBlankNodes"/> and
/// <see cref="WriteTriple(Triple, bool)"/>); <see cref="TurtlePrettyPrinter"/> does that for a whole graph.
/// </summary>
public sealed class TurtleWriter : IRdfSink, IDisposable
{
    private readonly WriterOutput _output;
    private readonly TextWriter _w;
    private readonly RdfWriterOptions _options;
    private readonly PrefixMap _prefixes;
    private readonly TurtleFormatter _formatter;
    // Open subjects: [0] is the statement subject, deeper entries are inline blank nodes being written.
    private readonly List<Frame> _open = new();
    private BlankNode? _pendingInline;
    private bool _headerWritten;
    private bool _statementWritten;
    private bool _closed;

    private struct Frame(Term subject)
    {
        public readonly Term Subject = subject;
        public Iri? Predicate;
    }

    public TurtleWriter(TextWriter writer, RdfWriterOptions? options = null)
        : this(options ?? RdfWriterOptions.Default, o => new WriterOutput(writer, o.CloseOutput)) { }

    public TurtleWriter(Stream stream, RdfWriterOptions? options = null)
        : this(options ?? RdfWriterOptions.Default, o => new WriterOutput(stream, o.CloseOutput)) { }

    private TurtleWriter(RdfWriterOptions options, Func<RdfWriterOptions, WriterOutput> output)
    {
        _options = options;
        _output = output(options);
        _w = _output.Writer;
        _prefixes = new PrefixMap(options.Prefixes.Prefixes);
        _formatter = new TurtleFormatter(_prefixes, options.BaseIri);
    }

    /// <summary>Declares a prefix mid-stream (closing the current statement) and uses it from now on.</summary>
    public void AddPrefix(string prefix, string namespaceIri)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        WriteHeader();
        if (_prefixes.TryGetNamespace(prefix, out var existing) && existing == namespaceIri) return;
        _prefixes.Add(prefix, namespaceIri);
        EndStatement();
        WritePrefixLine(prefix, namespaceIri);
    }

    /// <summary>Writes a triple; a blank node object is inlined when <see cref="RdfWriterOptions.InlineBlankNodes"/> is set.</summary>
    public void WriteTriple(Triple triple) => WriteTriple(triple, _options.InlineBlankNodes && triple.Object is BlankNode);

    /// <summary>
    /// Writes a triple. With <paramref name="inlineObject"/> the blank node object is written as <c>[ … ]</c>: the
    /// caller guarantees it is the object of no other triple and that the triples having it as subject come next.
    /// </summary>
    public void WriteTriple(Triple triple, bool inlineObject)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (triple.Subject is Literal) throw new ArgumentException($"A literal cannot be a subject: {triple}", nameof(triple));
        if (inlineObject && triple.Object is not BlankNode) throw new ArgumentException("Only blank node objects can be inlined", nameof(triple));
        WriteHeader();

        if (_pendingInline is not null)
        {
            var pending = _pendingInline;
            _pendingInline = null;
            if (Same(triple.Subject, pending))
            {
                _w.Write('[');
                _open.Add(new Frame(pending));
                NewLine(_open.Count);
                WritePredicateAndObject(triple, inlineObject);
                return;
            }
            _w.Write("[]");
        }

        var depth = FindOpenSubject(triple.Subject);
        if (depth < 0)
        {
            EndStatement();
            if (_statementWritten) _w.Write('\n'); // a blank line between subjects, for readers
            _statementWritten = true;
            _open.Add(new Frame(triple.Subject));
            _formatter.WriteTerm(_w, triple.Subject);
            _w.Write(' ');
            WritePredicateAndObject(triple, inlineObject);
            return;
        }

        CloseInlineFramesAbove(depth);
        if (Same(_open[depth].Predicate!, triple.Predicate))
        {
            _w.Write(", ");
            WriteObject(triple.Object, inlineObject);
            return;
        }
        _w.Write(" ;");
        NewLine(depth + 1);
        WritePredicateAndObject(triple, inlineObject);
    }

    public void WriteTriples(IEnumerable<Triple> triples)
    {
        foreach (var t in triples) WriteTriple(t);
    }

    void IRdfSink.Triple(Triple triple) => WriteTriple(triple);
    void IRdfSink.Prefix(string prefix, string namespaceIri) => AddPrefix(prefix, namespaceIri);

    /// <summary>Ends the current statement and flushes the underlying writer.</summary>
    public void Flush()
    {
        EndStatement();
        _w.Flush();
    }

    public void Dispose()
    {
        if (_closed) return;
        WriteHeader();
        EndStatement();
        _closed = true;
        _output.Close();
    }

    private void WritePredicateAndObject(Triple triple, bool inlineObject)
    {
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_open)[^1].Predicate = triple.Predicate;
        if (Same(triple.Predicate, Model.Rdf.Type)) _w.Write('a');
        else _formatter.WriteIri(_w, triple.Predicate.Value);
        _w.Write(' ');
        WriteObject(triple.Object, inlineObject);
    }

    private void WriteObject(Term obj, bool inline)
    {
        if (inline) _pendingInline = (BlankNode)obj;
        else _formatter.WriteTerm(_w, obj);
    }

    private int FindOpenSubject(Term subject)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
            if (Same(_open[i].Subject, subject)) return i;
        return -1;
    }

    private void CloseInlineFramesAbove(int depth)
    {
        while (_open.Count > depth + 1)
        {
            _open.RemoveAt(_open.Count - 1);
            NewLine(_open.Count);
            _w.Write(']');
        }
    }

    private void EndStatement()
    {
        if (_pendingInline is not null)
        {
            _w.Write("[]");
            _pendingInline = null;
        }
        if (_open.Count == 0) return;
        CloseInlineFramesAbove(0);
        _open.Clear();
        _w.Write(" .\n");
    }

    private void WriteHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        if (_options.BaseIri is not null)
        {
            _w.Write("@base ");
            RdfEscaping.WriteIriRef(_w, _options.BaseIri);
            _w.Write(" .\n");
        }
        foreach (var (prefix, ns) in _prefixes.Prefixes) WritePrefixLine(prefix, ns);
        if (_prefixes.Count > 0 || _options.BaseIri is not null) _w.Write('\n');
    }

    private void WritePrefixLine(string prefix, string ns)
    {
        _w.Write("@prefix ");
        _w.Write(prefix);
        _w.Write(": ");
        RdfEscaping.WriteIriRef(_w, ns);
        _w.Write(" .\n");
    }

    private void NewLine(int depth)
    {
        _w.Write('\n');
        for (var i = 0; i < depth; i++) _w.Write(_options.Indent);
    }

    private static bool Same(Term a, Term b) => ReferenceEquals(a, b) || a.Equals(b);
}

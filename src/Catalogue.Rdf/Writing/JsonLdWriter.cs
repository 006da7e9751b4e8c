using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Streams compacted JSON-LD 1.1: <c>{"@context": …, "@graph": [node, …]}</c>, one node object per run of triples
/// with the same subject (only that run is buffered). Compaction is deliberately conservative so the output means the
/// same thing under any user context: the prefixes are appended to the emitted context as the last (winning)
/// definitions, IRIs are shortened only through them, node references are always <c>{"@id"}</c> objects, and when a user
/// context is present plain strings are written as <c>{"@value"}</c> objects, which no @language or @type coercion touches.
/// </summary>
public sealed class JsonLdWriter : IRdfSink, IDisposable
{
    private readonly WriterOutput _output;
    private readonly Utf8JsonWriter _json;
    private readonly Stream _buffer;
    private readonly JsonLdWriterOptions _options;
    private readonly bool _explicitStrings;
    private Term? _subject;
    private readonly List<(Iri Predicate, List<Term> Objects)> _properties = new();
    private bool _ended;

    public JsonLdWriter(TextWriter writer, JsonLdWriterOptions? options = null)
        : this(new WriterOutput(writer, (options ?? JsonLdWriterOptions.Default).CloseOutput), options ?? JsonLdWriterOptions.Default) { }

    public JsonLdWriter(Stream stream, JsonLdWriterOptions? options = null)
        : this(new WriterOutput(stream, (options ?? JsonLdWriterOptions.Default).CloseOutput), options ?? JsonLdWriterOptions.Default) { }

    private JsonLdWriter(WriterOutput output, JsonLdWriterOptions options)
    {
        _output = output;
        _options = options;
        _explicitStrings = options.ContextUrl is not null || options.InlineContext is not null;
        // Utf8JsonWriter writes bytes; a small pass-through stream forwards them to the TextWriter node by node.
        _buffer = new MemoryStream();
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // JSON-safe; the output is not embedded in HTML
        });
        _json.WriteStartObject();
        WriteContext();
        _json.WritePropertyName("@graph");
        _json.WriteStartArray();
    }

    private void WriteContext()
    {
        _json.WritePropertyName("@context");
        var parts = new List<Action>();
        if (_options.ContextUrl is { } url) parts.Add(() => _json.WriteStringValue(url));
        if (_options.InlineContext is { } inline) parts.Add(() => inline.WriteTo(_json));
        if (_options.Prefixes.Count > 0 || parts.Count == 0) parts.Add(WritePrefixDefinitions);
        if (parts.Count == 1) { parts[0](); return; }
        _json.WriteStartArray();
        foreach (var part in parts) part();
        _json.WriteEndArray();
    }

    private void WritePrefixDefinitions()
    {
        _json.WriteStartObject();
        foreach (var (prefix, ns) in _options.Prefixes.Prefixes)
        {
            if (prefix.Length == 0) continue;
            // JSON-LD 1.1 only treats a simple term as a prefix when its IRI ends in a gen-delim.
            if (ns.Length > 0 && ":/?#[]@".Contains(ns[^1])) _json.WriteString(prefix, ns);
            else
            {
                _json.WriteStartObject(prefix);
                _json.WriteString("@id", ns);
                _json.WriteBoolean("@prefix", true);
                _json.WriteEndObject();
            }
        }
        _json.WriteEndObject();
    }

    void IRdfSink.Triple(Triple triple) => WriteTriple(triple);

    public void WriteTriples(IEnumerable<Triple> triples)
    {
        foreach (var triple in triples) WriteTriple(triple);
    }

    public void WriteTriple(Triple triple)
    {
        if (_ended) throw new InvalidOperationException("The writer has been closed.");
        if (triple.Subject != _subject)
        {
            FlushNode();
            _subject = triple.Subject;
        }
        var index = _properties.FindIndex(p => p.Predicate == triple.Predicate);
        if (index < 0) _properties.Add((triple.Predicate, [triple.Object]));
        else if (!_properties[index].Objects.Contains(triple.Object)) _properties[index].Objects.Add(triple.Object);
    }

    private void FlushNode()
    {
        if (_subject is null) return;
        _json.WriteStartObject();
        _json.WriteString("@id", Reference(_subject));
        foreach (var (predicate, objects) in _properties)
        {
            var typeIris = predicate == RdfTerms.Type && objects.All(o => o is Iri or BlankNode);
            _json.WritePropertyName(typeIris ? "@type" : Compact(predicate.Value));
            if (objects.Count > 1) _json.WriteStartArray();
            foreach (var obj in objects)
            {
                if (typeIris) _json.WriteStringValue(Reference(obj));
                else WriteObject(obj);
            }
            if (objects.Count > 1) _json.WriteEndArray();
        }
        _json.WriteEndObject();
        _properties.Clear();
        _subject = null;
        Drain();
    }

    private void WriteObject(Term obj)
    {
        switch (obj)
        {
            case Literal { Language: not null } l:
                _json.WriteStartObject();
                _json.WriteString("@value", l.Value);
                _json.WriteString("@language", l.Language);
                _json.WriteEndObject();
                break;
            case Literal l when l.Datatype == Xsd.String:
                if (!_explicitStrings) { _json.WriteStringValue(l.Value); break; }
                _json.WriteStartObject();
                _json.WriteString("@value", l.Value);
                _json.WriteEndObject();
                break;
            case Literal l:
                _json.WriteStartObject();
                _json.WriteString("@value", l.Value);
                _json.WriteString("@type", Compact(l.Datatype.Value));
                _json.WriteEndObject();
                break;
            default:
                _json.WriteStartObject();
                _json.WriteString("@id", Reference(obj));
                _json.WriteEndObject();
                break;
        }
    }

    private string Reference(Term term) => term switch
    {
        Iri iri => Compact(iri.Value),
        BlankNode b => "_:" + b.Label,
        _ => throw new ArgumentException($"{term} cannot be a subject or node reference in JSON-LD."),
    };

    /// <summary>prefix:local through our prefixes only; otherwise the absolute IRI.</summary>
    private string Compact(string iri)
    {
        if (_options.Prefixes.TryShorten(iri, out var prefix, out var localStart) && prefix.Length > 0
            && !iri.AsSpan(localStart).StartsWith("//"))
            return prefix + ":" + iri[localStart..];
        return iri;
    }

    private void Drain()
    {
        _json.Flush();
        if (_buffer.Length == 0) return;
        var buffer = (MemoryStream)_buffer;
        _output.Writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    public void Flush()
    {
        Drain();
        _output.Writer.Flush();
    }

    public void Dispose()
    {
        if (_ended) return;
        _ended = true;
        FlushNode();
        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
        _json.Dispose();
        _output.Writer.WriteLine();
        _output.Close();
    }
}

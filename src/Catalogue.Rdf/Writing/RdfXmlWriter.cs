using System.Text;
using System.Xml;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Streams RDF/XML: one <c>rdf:Description</c> (or typed node element, when a group starts with an rdf:type whose
/// IRI is a QName) per run of triples with the same subject. All text goes through <see cref="XmlWriter"/>, so
/// markup in literals and IRIs is always escaped. Characters XML 1.0 cannot carry (most C0 controls, lone surrogates)
/// make the writer throw rather than emit a document that would not parse back to the same graph.
/// </summary>
public sealed class RdfXmlWriter : IRdfSink, IDisposable
{
    private const string RdfNs = RdfTerms.Ns;
    private readonly WriterOutput _output;
    private readonly XmlWriter _xml;
    private readonly RdfXmlQNames _qnames;
    private readonly Dictionary<string, string> _blankLabels = new(StringComparer.Ordinal);
    private Term? _subject;
    private bool _ended;

    public RdfXmlWriter(TextWriter writer, RdfWriterOptions? options = null)
        : this(new WriterOutput(writer, (options ?? RdfWriterOptions.Default).CloseOutput), options ?? RdfWriterOptions.Default) { }

    public RdfXmlWriter(Stream stream, RdfWriterOptions? options = null)
        : this(new WriterOutput(stream, (options ?? RdfWriterOptions.Default).CloseOutput), options ?? RdfWriterOptions.Default) { }

    private RdfXmlWriter(WriterOutput output, RdfWriterOptions options)
    {
        _output = output;
        _xml = XmlWriter.Create(output.Writer, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineHandling = NewLineHandling.Entitize, // keeps \r in literals as &#xD;
            CheckCharacters = true,
            CloseOutput = false,
            OmitXmlDeclaration = true,
        });
        // Written by hand: XmlWriter would copy a StringWriter's "utf-16", but the bytes we mean are UTF-8.
        output.Writer.WriteLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        _qnames = new RdfXmlQNames(options.Prefixes.Prefixes);
        _xml.WriteStartElement("rdf", "RDF", RdfNs);
        foreach (var (prefix, ns) in _qnames.Declared)
            if (prefix != "rdf") _xml.WriteAttributeString("xmlns", prefix, null, ns);
    }

    void IRdfSink.Triple(Triple triple) => WriteTriple(triple);

    public void WriteTriples(IEnumerable<Triple> triples)
    {
        foreach (var triple in triples) WriteTriple(triple);
    }

    public void WriteTriple(Triple triple)
    {
        if (_ended) throw new InvalidOperationException("The writer has been closed.");
        if (triple.Subject is Literal) throw new ArgumentException("A literal cannot be a subject in RDF/XML.", nameof(triple));
        try
        {
            if (triple.Subject != _subject)
            {
                if (_subject is not null) _xml.WriteEndElement();
                _subject = triple.Subject;
                if (triple.Predicate == RdfTerms.Type && triple.Object is Iri type && StartTypedNode(type, triple.Subject)) return;
                StartNode("Description", RdfNs, "rdf", triple.Subject);
            }
            WriteProperty(triple.Predicate, triple.Object);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw new ArgumentException($"{triple} cannot be written as RDF/XML: {e.Message}", nameof(triple), e);
        }
    }

    private bool StartTypedNode(Iri type, Term subject)
    {
        if (!_qnames.TrySplit(type.Value, out var prefix, out var local, out var ns, out var isNew)) return false;
        StartNode(local, ns, prefix, subject);
        return true;
    }

    private void StartNode(string localName, string ns, string prefix, Term subject)
    {
        _xml.WriteStartElement(prefix, localName, ns);
        if (subject is Iri iri) _xml.WriteAttributeString("rdf", "about", RdfNs, iri.Value);
        else _xml.WriteAttributeString("rdf", "nodeID", RdfNs, BlankLabel((BlankNode)subject));
    }

    private void WriteProperty(Iri predicate, Term obj)
    {
        if (!_qnames.TrySplit(predicate.Value, out var prefix, out var local, out var ns, out var isNew))
            throw new ArgumentException($"the predicate {predicate} has no XML QName form (RDF/XML cannot express it)");
        _xml.WriteStartElement(prefix, local, ns);
        switch (obj)
        {
            case Iri iri:
                _xml.WriteAttributeString("rdf", "resource", RdfNs, iri.Value);
                break;
            case BlankNode blank:
                _xml.WriteAttributeString("rdf", "nodeID", RdfNs, BlankLabel(blank));
                break;
            case Literal literal:
                if (literal.Language is not null) _xml.WriteAttributeString("xml", "lang", null, literal.Language);
                else if (literal.Datatype != Xsd.String) _xml.WriteAttributeString("rdf", "datatype", RdfNs, literal.Datatype.Value);
                _xml.WriteString(literal.Value);
                _xml.WriteFullEndElement();
                return;
        }
        _xml.WriteEndElement();
    }

    /// <summary>Blank-node labels become rdf:nodeID values, which must be NCNames: every label is renamed consistently.</summary>
    private string BlankLabel(BlankNode node)
    {
        if (!_blankLabels.TryGetValue(node.Label, out var label))
            _blankLabels[node.Label] = label = "b" + _blankLabels.Count;
        return label;
    }

    public void Flush() => _xml.Flush();

    public void Dispose()
    {
        if (_ended) return;
        _ended = true;
        if (_xml.WriteState == WriteState.Error)
        {
            // A refused triple left the XmlWriter unusable; release the output without masking the first error.
            _output.Close();
            return;
        }
        if (_subject is not null) _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.Flush();
        _xml.Dispose();
        _output.Writer.WriteLine();
        _output.Close();
    }
}

using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// The triples of one document on their way to a sink. It buffers one record at a time (never the catalogue),
/// writes each buffered record grouped by subject so Turtle and JSON-LD come out as one node per resource, and
/// remembers which concepts, schemes and shared nodes (organisations) the document already declared: a concept is
/// declared once per document, which is what makes a feed self-validating without loading any vocabulary.
/// </summary>
public sealed class DcatEmitter(IRdfSink sink)
{
    private readonly List<Triple> _buffer = new();
    private readonly HashSet<Triple> _seenInBuffer = new();
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    public void Add(Term s, Iri p, Term? o)
    {
        if (o is null) return;
        var t = new Triple(s, p, o);
        if (_seenInBuffer.Add(t)) _buffer.Add(t);
    }

    public void Type(Term s, Iri type) => Add(s, RdfTerms.Type, type);
    public void Text(Term s, Iri p, string? value) { if (!string.IsNullOrWhiteSpace(value)) Add(s, p, Literal.Plain(value)); }
    public void Typed(Term s, Iri p, string value, Iri datatype) => Add(s, p, Literal.Typed(value, datatype));

    public void Texts(Term s, Iri p, LocalizedText text)
    {
        foreach (var (lang, value) in text)
            if (!string.IsNullOrWhiteSpace(value)) Add(s, p, Literal.Lang(value, lang));
    }

    /// <summary>True the first time <paramref name="key"/> is seen in this document: callers then emit the node's description.</summary>
    public bool FirstTime(string key) => _declared.Add(key);

    /// <summary>
    /// The concept's IRI, declared (skos:Concept, prefLabel, inScheme, titled scheme) on first use, with the extra
    /// classes the DCAT-AP range shapes require of it in this role. Null for a code not in the table: never invented.
    /// </summary>
    public Iri? Concept(Vocabulary vocabulary, string? code, params Iri[] roles)
    {
        if (code is null || vocabulary.Find(code) is not { } concept) return null;
        var iri = new Iri(concept.Iri);
        if (FirstTime(concept.Iri))
        {
            Type(iri, Skos.Concept);
            Add(iri, Skos.PrefLabel, Literal.Lang(concept.LabelEn, "en"));
            if (concept.LabelFr is not null) Add(iri, Skos.PrefLabel, Literal.Lang(concept.LabelFr, "fr"));
            Add(iri, Skos.InScheme, Scheme(vocabulary));
        }
        foreach (var role in roles)
            if (FirstTime(concept.Iri + " a " + role.Value)) Type(iri, role);
        return iri;
    }

    public Iri Scheme(Vocabulary vocabulary)
    {
        var scheme = new Iri(vocabulary.SchemeIri);
        if (FirstTime(vocabulary.SchemeIri))
        {
            Type(scheme, Skos.ConceptScheme);
            Add(scheme, Dct.Title, Literal.Lang(vocabulary.Title, "en"));
        }
        return scheme;
    }

    /// <summary>An IRI typed with a class once per document (legislation, documents, locations, media types).</summary>
    public Iri TypedIri(string iri, Iri type)
    {
        var node = new Iri(iri);
        if (FirstTime(iri + " a " + type.Value)) Type(node, type);
        return node;
    }

    /// <summary>Writes the buffered triples grouped by subject, in order of first appearance, and empties the buffer.</summary>
    public void Flush()
    {
        var order = new Dictionary<Term, List<Triple>>();
        foreach (var t in _buffer)
        {
            if (!order.TryGetValue(t.Subject, out var list)) order[t.Subject] = list = new List<Triple>();
            list.Add(t);
        }
        foreach (var group in order.Values)
            foreach (var t in group) sink.Triple(t);
        _buffer.Clear();
        _seenInBuffer.Clear();
    }
}

using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// Read access to a parsed graph by subject, indexed once, so mapping thousands of harvested datasets is not
/// quadratic. Values come back in document order.
/// </summary>
public sealed class GraphReader
{
    private readonly Dictionary<Term, List<Triple>> _bySubject = new();

    public GraphReader(IEnumerable<Triple> triples)
    {
        foreach (var t in triples)
        {
            if (!_bySubject.TryGetValue(t.Subject, out var list)) _bySubject[t.Subject] = list = new List<Triple>();
            list.Add(t);
        }
    }

    public IEnumerable<Term> SubjectsOfType(Iri type) =>
        _bySubject.Where(kv => kv.Value.Any(t => t.Predicate == RdfTerms.Type && t.Object == type)).Select(kv => kv.Key);

    public bool HasType(Term s, Iri type) => Objects(s, RdfTerms.Type).Contains(type);

    public IEnumerable<Term> Objects(Term s, Iri p) =>
        _bySubject.TryGetValue(s, out var list) ? list.Where(t => t.Predicate == p).Select(t => t.Object) : [];

    /// <summary>Objects of any of the given properties (e.g. DCAT-AP 3 and 2 spellings of the same thing).</summary>
    public IEnumerable<Term> Objects(Term s, params Iri[] ps) => ps.SelectMany(p => Objects(s, p));

    public Term? Object(Term s, params Iri[] ps) => Objects(s, ps).FirstOrDefault();

    public IEnumerable<Literal> Literals(Term s, params Iri[] ps) => Objects(s, ps).OfType<Literal>();

    public string? Text(Term s, params Iri[] ps) =>
        Literals(s, ps).Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0);

    /// <summary>IRIs of the objects; a literal holding an absolute IRI counts too, as many feeds write URLs as strings.</summary>
    public IEnumerable<string> Iris(Term s, params Iri[] ps) => Objects(s, ps).Select(o => o switch
    {
        Iri i => i.Value,
        Literal l when Uri.TryCreate(l.Value.Trim(), UriKind.Absolute, out _) => l.Value.Trim(),
        _ => null,
    }).OfType<string>();

    public string? IriOf(Term s, params Iri[] ps) => Iris(s, ps).FirstOrDefault();

    /// <summary>Language-tagged literals as a <see cref="LocalizedText"/>; untagged ones go to <paramref name="defaultLanguage"/>.</summary>
    public LocalizedText Localized(Term s, string defaultLanguage, Func<string, string>? clean = null, params Iri[] ps)
    {
        var text = new LocalizedText();
        foreach (var l in Literals(s, ps))
        {
            var value = clean is null ? l.Value.Trim() : clean(l.Value);
            if (value.Length == 0) continue;
            var lang = l.Language is { Length: > 0 } tag ? tag.Split('-')[0] : defaultLanguage;
            text.TryAdd(lang, value);
        }
        return text;
    }
}

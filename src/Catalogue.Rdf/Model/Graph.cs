using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Model;

/// <summary>An in-memory set of triples (insertion ordered, duplicates dropped) that is also a parser sink.</summary>
public sealed class Graph : IRdfSink
{
    private readonly HashSet<Triple> _set = new();
    private readonly List<Triple> _list = new();
    public Dictionary<string, string> Prefixes { get; } = new();

    public IReadOnlyList<Triple> Triples => _list;
    public int Count => _list.Count;

    public bool Add(Triple t)
    {
        if (!_set.Add(t)) return false;
        _list.Add(t);
        return true;
    }

    public void Add(Term s, Iri p, Term o) => Add(new Triple(s, p, o));
    public bool Contains(Triple t) => _set.Contains(t);

    void IRdfSink.Triple(Triple triple) => Add(triple);
    void IRdfSink.Prefix(string prefix, string namespaceIri) => Prefixes[prefix] = namespaceIri;

    public IEnumerable<Triple> Match(Term? s = null, Iri? p = null, Term? o = null) =>
        _list.Where(t => (s is null || t.Subject == s) && (p is null || t.Predicate == p) && (o is null || t.Object == o));
}

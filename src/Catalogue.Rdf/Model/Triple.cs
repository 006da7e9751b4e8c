namespace Catalogue.Rdf.Model;

/// <summary>One statement. Subjects are IRIs or blank nodes; predicates are IRIs.</summary>
public sealed record Triple(Term Subject, Iri Predicate, Term Object)
{
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}

/// <summary>A triple in a named graph (null graph = default graph), for N-Quads and JSON-LD named graphs.</summary>
public sealed record Quad(Term Subject, Iri Predicate, Term Object, Term? Graph)
{
    public Triple ToTriple() => new(Subject, Predicate, Object);
}

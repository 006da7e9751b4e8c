using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>A sink that keeps every quad, named graphs included.</summary>
public sealed class QuadCollector : IRdfSink
{
    public List<Quad> Quads { get; } = new();
    public void Triple(Triple triple) => Quads.Add(new Quad(triple.Subject, triple.Predicate, triple.Object, null));
    public void Quad(Quad quad) => Quads.Add(quad);
    public override string ToString() => string.Join("\n", Quads.Select(q => $"{q.Subject} {q.Predicate} {q.Object} {q.Graph}"));
}

using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>
/// Dataset isomorphism on top of <see cref="Isomorphism"/>: each quad becomes a small star of triples around a fresh
/// blank node (subject, predicate, object, graph), so blank-node mappings must agree across all four positions.
/// </summary>
public static class QuadIsomorphism
{
    private static readonly Iri S = new("urn:quad:s"), P = new("urn:quad:p"), O = new("urn:quad:o"), G = new("urn:quad:g");
    private static readonly Iri DefaultGraph = new("urn:quad:default");

    public static bool AreIsomorphic(IEnumerable<Quad> a, IEnumerable<Quad> b) =>
        Isomorphism.AreIsomorphic(Encode(a, "a"), Encode(b, "b"));

    private static IEnumerable<Triple> Encode(IEnumerable<Quad> quads, string side)
    {
        var n = 0;
        foreach (var quad in quads.Distinct())
        {
            var star = new BlankNode($"quad-{side}-{n++}");
            yield return new Triple(star, S, quad.Subject);
            yield return new Triple(star, P, quad.Predicate);
            yield return new Triple(star, O, quad.Object);
            yield return new Triple(star, G, quad.Graph ?? DefaultGraph);
        }
    }
}

using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Tests.Model;

public class IsomorphismTests
{
    private static readonly Iri P = new("http://e/p");
    private static readonly Iri Q = new("http://e/q");
    private static Triple T(Term s, Iri p, Term o) => new(s, p, o);
    private static BlankNode B(string l) => new(l);

    [Fact]
    public void Blank_node_renaming_is_isomorphic()
    {
        var a = new[] { T(B("x"), P, B("y")), T(B("y"), Q, Literal.Plain("v")) };
        var b = new[] { T(B("1"), Q, Literal.Plain("v")), T(B("2"), P, B("1")) };
        Assert.True(Isomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void Different_ground_triple_is_not_isomorphic()
    {
        var a = new[] { T(new Iri("http://e/s"), P, Literal.Plain("v")) };
        var b = new[] { T(new Iri("http://e/s"), P, Literal.Plain("w")) };
        Assert.False(Isomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void Merging_two_blank_nodes_is_not_isomorphic()
    {
        var a = new[] { T(B("x"), P, Literal.Plain("1")), T(B("y"), P, Literal.Plain("1")) };
        var b = new[] { T(B("x"), P, Literal.Plain("1")), T(B("x"), Q, Literal.Plain("1")) };
        Assert.False(Isomorphism.AreIsomorphic(a, b));
    }

    // Two 3-cycles vs one 6-cycle: every node has the same local neighbourhood, so colouring alone cannot tell.
    [Fact]
    public void Regular_graphs_that_colouring_cannot_separate_are_told_apart_by_search()
    {
        var twoTriangles = new List<Triple>();
        for (var i = 0; i < 3; i++) twoTriangles.Add(T(B("a" + i), P, B("a" + (i + 1) % 3)));
        for (var i = 0; i < 3; i++) twoTriangles.Add(T(B("b" + i), P, B("b" + (i + 1) % 3)));
        var hexagon = new List<Triple>();
        for (var i = 0; i < 6; i++) hexagon.Add(T(B("h" + i), P, B("h" + (i + 1) % 6)));
        Assert.False(Isomorphism.AreIsomorphic(twoTriangles, hexagon));

        var rotated = new List<Triple>();
        for (var i = 0; i < 6; i++) rotated.Add(T(B("r" + (i + 2) % 6), P, B("r" + (i + 3) % 6)));
        Assert.True(Isomorphism.AreIsomorphic(hexagon, rotated));
    }

    [Fact]
    public void Duplicates_are_ignored_and_empty_graphs_match()
    {
        Assert.True(Isomorphism.AreIsomorphic([], []));
        var t = T(new Iri("http://e/s"), P, B("x"));
        Assert.True(Isomorphism.AreIsomorphic([t, t], [T(new Iri("http://e/s"), P, B("z"))]));
    }

    [Fact]
    public void Large_blank_node_chains_are_matched()
    {
        var a = new List<Triple>();
        var b = new List<Triple>();
        for (var i = 0; i < 3000; i++)
        {
            a.Add(T(B("a" + i), P, B("a" + (i + 1))));
            b.Add(T(B("b" + (2999 - i)), P, B("b" + (3000 - i))));
        }
        b.Reverse();
        Assert.True(Isomorphism.AreIsomorphic(a, b));
        b[0] = T(B("b0"), Q, B("b1"));
        Assert.False(Isomorphism.AreIsomorphic(a, b));
    }
}

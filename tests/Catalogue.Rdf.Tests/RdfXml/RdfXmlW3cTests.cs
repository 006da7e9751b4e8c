using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Tests.RdfXml;

/// <summary>The W3C RDF 1.1 RDF/XML suite, one theory row per manifest entry.</summary>
public sealed class RdfXmlW3cTests
{
    public static TheoryData<string> EvaluationTests() =>
        new(RdfXmlManifest.All.Where(t => t.IsEvaluation).Select(t => t.Id));

    public static TheoryData<string> NegativeSyntaxTests() =>
        new(RdfXmlManifest.All.Where(t => !t.IsEvaluation).Select(t => t.Id));

    [Theory]
    [MemberData(nameof(EvaluationTests))]
    public void Evaluation(string id)
    {
        var test = RdfXmlManifest.All.Single(t => t.Id == id);
        var actual = ParseRdfXml(test.Action);

        var expected = new Graph();
        using (var reader = File.OpenText(Path.Combine(RdfXmlManifest.Folder, test.Result!)))
            new NTriplesParser().Parse(reader, expected);

        Assert.True(Isomorphism.AreIsomorphic(expected.Triples, actual.Triples),
            $"Graphs differ.\nExpected:\n{string.Join("\n", expected.Triples)}\nActual:\n{string.Join("\n", actual.Triples)}");
    }

    [Theory]
    [MemberData(nameof(NegativeSyntaxTests))]
    public void NegativeSyntax(string id)
    {
        var test = RdfXmlManifest.All.Single(t => t.Id == id);
        Assert.Throws<RdfParseException>(() => ParseRdfXml(test.Action));
    }

    private static Graph ParseRdfXml(string action)
    {
        var graph = new Graph();
        using var stream = File.OpenRead(Path.Combine(RdfXmlManifest.Folder, action));
        new RdfXmlParser().Parse(stream, graph, RdfXmlManifest.AssumedBase + action);
        return graph;
    }
}

using System.Text.Json.Nodes;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Parsing.JsonLd;

namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>The W3C JSON-LD 1.1 expand and toRdf suites, one theory row per manifest entry outside the skip list.</summary>
public sealed class JsonLdW3cTests
{
    public static TheoryData<string> ExpandTests() => Rows("expand");
    public static TheoryData<string> ToRdfTests() => Rows("toRdf");

    private static TheoryData<string> Rows(string manifest) => new(RunIds(manifest));

    /// <summary>The ids the theories run: every manifest entry except the skip list.</summary>
    public static IEnumerable<string> RunIds(string manifest) =>
        JsonLdManifest.Cases(manifest).Select(t => t.Id).Where(id => !JsonLdSkipList.Ids.Contains(id));

    [Theory]
    [MemberData(nameof(ExpandTests))]
    public void Expand(string id)
    {
        var test = JsonLdManifest.Find(id);
        var input = JsonNode.Parse(File.ReadAllText(JsonLdManifest.LocalPath(test.Input)));
        var options = JsonLdManifest.OptionsFor(test);
        if (test.IsNegative)
        {
            var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(input, options));
            Assert.Equal(test.ExpectErrorCode, error.Code);
            return;
        }
        var actual = JsonLdProcessor.Expand(input, options);
        var expected = JsonNode.Parse(File.ReadAllText(JsonLdManifest.LocalPath(test.Expect!)));
        Assert.True(JsonLdComparer.AreEquivalent(expected, actual),
            $"Expanded documents differ.\nExpected:\n{expected?.ToJsonString()}\nActual:\n{actual.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ToRdfTests))]
    public void ToRdf(string id)
    {
        var test = JsonLdManifest.Find(id);
        var input = JsonNode.Parse(File.ReadAllText(JsonLdManifest.LocalPath(test.Input)));
        var options = JsonLdManifest.OptionsFor(test);
        var actual = new QuadCollector();
        if (test.IsNegative)
        {
            var error = Assert.Throws<JsonLdException>(() => JsonLdProcessor.ToRdf(input, actual, options));
            Assert.Equal(test.ExpectErrorCode, error.Code);
            return;
        }
        JsonLdProcessor.ToRdf(input, actual, options);
        if (test.IsSyntaxOnly) return;

        var expected = new QuadCollector();
        using (var reader = File.OpenText(JsonLdManifest.LocalPath(test.Expect!)))
            new NQuadsParser().Parse(reader, expected);
        Assert.True(QuadIsomorphism.AreIsomorphic(expected.Quads, actual.Quads),
            $"Datasets differ.\nExpected:\n{expected}\nActual:\n{actual}");
    }
}

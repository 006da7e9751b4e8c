using System.Text.Json;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Validation;
using Catalogue.TestSupport;

namespace Catalogue.GraphQL.Tests.Validation;

/// <summary>
/// Runs every specified rule over a corpus of documents and compares messages and locations with what
/// graphql-js 16.15 reported for them (Fixtures/expected.json, produced by Fixtures/generate-expected.mjs).
/// </summary>
public class GraphqlJsParityTests
{
    private static readonly string FixturesDir =
        Path.Combine(SharedPaths.RepoRoot, "tests", "Catalogue.GraphQL.Tests", "Validation", "Fixtures");

    public static TheoryData<string, string> Cases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixturesDir, "expected.json")));
        var data = new TheoryData<string, string>();
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
            data.Add(c.GetProperty("query").GetString()!, Describe(c.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("message").GetString()!, e.GetProperty("locations").EnumerateArray().Select(l => l.GetString()!)))));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorsMatchGraphqlJs(string query, string expected)
    {
        var errors = DocumentValidator.Validate(TestSchema.Instance, Parser.Parse(query));
        var actual = Describe(errors.Select(e => (e.Message, (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))));
        Assert.Equal(expected, actual);
    }

    private static string Describe(IEnumerable<(string Message, IEnumerable<string> Locations)> errors) =>
        string.Join("\n", errors.Select(e => $"{e.Message} @ {string.Join(" ", e.Locations)}"));
}

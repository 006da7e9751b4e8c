using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Validation;

namespace Catalogue.GraphQL.Tests.Validation;

/// <summary>An expected validation error: message and (line, column) locations, as graphql-js's harness writes them.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() => $"{Message} @ {string.Join(" ", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}

/// <summary>graphql-js harness.ts: run one rule over a query and compare the errors with the expected ones.</summary>
public static class ValidationHarness
{
    public static IReadOnlyList<GraphQLError> Validate(ValidationRule rule, string query, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? TestSchema.Instance, Parser.Parse(query), [rule]);

    public static void ExpectValid(ValidationRule rule, string query, Schema? schema = null) =>
        ExpectErrors(rule, query, schema);

    public static void ExpectErrors(ValidationRule rule, string query, params ExpectedError[] expected) =>
        ExpectErrors(rule, query, null, expected);

    public static void ExpectErrors(ValidationRule rule, string query, Schema? schema, params ExpectedError[] expected)
    {
        var actual = Validate(rule, query, schema).Select(ToExpected).ToList();
        // Joined into one string so a failure shows every message and location in full.
        Assert.Equal(string.Join("\n", expected.Select(e => e.ToString())), string.Join("\n", actual.Select(e => e.ToString())));
    }

    public static ExpectedError E(string message, params (int Line, int Column)[] locations) => new(message, locations);

    private static ExpectedError ToExpected(GraphQLError error) =>
        new(error.Message, (error.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray());
}

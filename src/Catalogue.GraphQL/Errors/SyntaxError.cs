using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Errors;

/// <summary>graphql-js <c>syntaxError</c>: "Syntax Error: …" located at one character offset.</summary>
public static class SyntaxError
{
    public static GraphQLError Create(Source source, int position, string description)
        => new("Syntax Error: " + description, source: source, positions: [position],
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ParseFailed });
}

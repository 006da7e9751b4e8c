using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Errors;

/// <summary>graphql-js <c>locatedError</c>: attaches AST nodes and a response path to an error raised while executing.</summary>
public static class LocatedError
{
    public static GraphQLError From(Exception rawError, IEnumerable<Node>? nodes, IReadOnlyList<object>? path)
    {
        // An error that already knows its path was located deeper in the tree; keep it as it is.
        if (rawError is GraphQLError { Path: not null } located) return located;
        if (rawError is GraphQLError graphQLError)
            return new GraphQLError(
                graphQLError.Message,
                graphQLError.Nodes.Count > 0 ? graphQLError.Nodes : nodes,
                graphQLError.Source,
                graphQLError.Positions,
                path,
                graphQLError.OriginalError ?? graphQLError,
                graphQLError.Extensions);
        var message = string.IsNullOrEmpty(rawError.Message) ? "Unexpected error value: " + rawError.GetType().Name : rawError.Message;
        return new GraphQLError(message, nodes, path: path, originalError: rawError);
    }
}

using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Utilities;

/// <summary>Builds a located GraphQLError from a message and the nodes it concerns (null nodes are skipped).</summary>
internal static class ErrorFactory
{
    public static GraphQLError Create(string message, params Node?[] nodes) =>
        new(message, nodes.Where(n => n is not null).Cast<Node>().ToArray());

    public static GraphQLError Create(string message, IEnumerable<Node> nodes) => new(message, nodes);
}

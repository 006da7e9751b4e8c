namespace Catalogue.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request. Variables stay raw (JsonElement values) until coercion.</summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);

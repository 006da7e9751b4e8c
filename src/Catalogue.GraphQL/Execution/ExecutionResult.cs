using System.Text.Json.Serialization;
using Catalogue.GraphQL.Errors;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// The result of a request (spec §7.1). <see cref="HasData"/> distinguishes "no data entry" (a request error:
/// the operation never ran) from <c>"data": null</c> (a field error propagated to the root).
/// </summary>
[JsonConverter(typeof(ExecutionResultJsonConverter))]
public sealed record ExecutionResult
{
    /// <summary>The response tree: ordered dictionaries, lists and serialised leaf values; null when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }
    public bool HasData { get; init; }
    public IReadOnlyList<GraphQLError>? Errors { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result without a data entry, as for parse, validation and variable coercion errors.</summary>
    public static ExecutionResult FromRequestErrors(IEnumerable<GraphQLError> errors) => new() { Errors = errors.ToList() };
}

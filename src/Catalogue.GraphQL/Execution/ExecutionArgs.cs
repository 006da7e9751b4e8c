using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Execution;

/// <summary>Inputs of <see cref="Executor.ExecuteAsync"/> (graphql-js <c>ExecutionArgs</c>).</summary>
public sealed record ExecutionArgs
{
    public required Schema Schema { get; init; }
    /// <summary>An already parsed and validated document.</summary>
    public required DocumentNode Document { get; init; }
    public object? RootValue { get; init; }
    /// <summary>The host's per-request value, handed to resolvers as <see cref="ResolveFieldContext.Context"/>.</summary>
    public object? ContextValue { get; init; }
    /// <summary>Raw variable values as sent by the client: JsonElement, or plain dictionaries/lists/scalars.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }
    public string? OperationName { get; init; }
    /// <summary>Used for fields without their own resolver; defaults to <see cref="DefaultResolvers.FieldResolver"/>.</summary>
    public FieldResolver? FieldResolver { get; init; }
    /// <summary>Used for abstract types without their own resolver; defaults to <see cref="DefaultResolvers.TypeResolver"/>.</summary>
    public TypeResolver? TypeResolver { get; init; }
    /// <summary>Batching scope for <see cref="DataLoader{TKey,TValue}"/>s; a fresh one per execution when null.</summary>
    public DataLoaderContext? DataLoaders { get; init; }
    public CancellationToken CancellationToken { get; init; }
}

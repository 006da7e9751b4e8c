using System.Collections.Concurrent;
using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Execution;

/// <summary>Everything one execution shares (graphql-js <c>ExecutionContext</c>; renamed to avoid System.Threading's).</summary>
internal sealed class ExecutionState
{
    private readonly ConcurrentQueue<GraphQLError> _errors = new();
    private readonly ConcurrentDictionary<(ObjectType, List<FieldNode>), FieldPlan> _subfields = new(new ReferencePairComparer());

    public required Schema Schema { get; init; }
    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }
    public required OperationDefinitionNode Operation { get; init; }
    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }
    public required FieldCollector Collector { get; init; }
    public object? RootValue { get; init; }
    public object? ContextValue { get; init; }
    public required FieldResolver FieldResolver { get; init; }
    public required TypeResolver TypeResolver { get; init; }
    public CancellationToken CancellationToken { get; init; }

    public IReadOnlyList<GraphQLError> Errors => _errors.ToArray();

    public void AddError(GraphQLError error) => _errors.Enqueue(error);

    /// <summary>Sub-selections are the same for every item of a list, so they are collected and planned once per (type, field nodes).</summary>
    public FieldPlan Subfields(ObjectType type, List<FieldNode> fieldNodes)
        // TryGetValue first: GetOrAdd's factory closes over this, and a closure per object is what the cache saves.
        => _subfields.TryGetValue((type, fieldNodes), out var plan)
            ? plan
            : _subfields.GetOrAdd((type, fieldNodes), key => FieldPlan.Build(this, key.Item1, Collector.CollectSubfields(key.Item1, key.Item2)));

    private sealed class ReferencePairComparer : IEqualityComparer<(ObjectType, List<FieldNode>)>
    {
        public bool Equals((ObjectType, List<FieldNode>) x, (ObjectType, List<FieldNode>) y)
            => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, List<FieldNode>) obj)
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}

using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Types;

/// <summary>
/// Everything a resolver receives (graphql-js resolver arguments <c>source, args, context, info</c> in one object).
/// Shared contract between the type system (introspection resolvers, host resolvers) and the executor.
/// </summary>
public sealed class ResolveFieldContext
{
    private ResolveInfo? _info;
    private readonly ExecutionState? _state;
    private readonly PlannedField? _field;
    private readonly ObjectType? _parentType;
    private readonly PathSegment _path;

    public ResolveFieldContext()
    {
    }

    /// <summary>
    /// The executor's context: <see cref="Info"/> is built only if a resolver (or an error message) asks for it —
    /// most resolvers read only <see cref="Source"/> and arguments, and a page runs over a thousand of them.
    /// </summary>
    internal ResolveFieldContext(ExecutionState state, PlannedField field, ObjectType parentType, PathSegment path)
    {
        _state = state;
        _field = field;
        _parentType = parentType;
        _path = path;
    }

    /// <summary>The planned field this context resolves (null for a context made outside the executor).</summary>
    internal PlannedField? PlannedField => _field;

    /// <summary>The value resolved for the parent object (the root value for top-level fields).</summary>
    public object? Source { get; init; }

    /// <summary>Coerced argument values, keyed by argument name; absent optional arguments without a default are omitted.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = EmptyArguments;

    /// <summary>The host's per-request context value.</summary>
    public object? Context { get; init; }

    public ResolveInfo Info
    {
        get => _info ??= CreateInfo();
        init => _info = value;
    }

    /// <summary>The field's name, without building <see cref="Info"/> (the default resolver reads only this).</summary>
    public string FieldName => _field?.Definition.Name ?? Info.FieldName;

    private ResolveInfo CreateInfo()
    {
        if (_state is null) throw new InvalidOperationException("This context was created without resolve info.");
        return new ResolveInfo
        {
            FieldName = _field!.Definition.Name,
            FieldNodes = _field.Nodes,
            ReturnType = _field.Definition.Type,
            ParentType = _parentType!,
            Path = _path.ToPath(),
            Schema = _state.Schema,
            Fragments = _state.Fragments,
            RootValue = _state.RootValue,
            Operation = _state.Operation,
            VariableValues = _state.VariableValues,
        };
    }

    public CancellationToken CancellationToken { get; init; }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    /// <summary>The argument value converted to <typeparamref name="T"/>, or <paramref name="fallback"/> when absent or null.</summary>
    public T? GetArgument<T>(string name, T? fallback = default)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return fallback;
        if (value is T typed) return typed;
        return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);
}

/// <summary>Information about the field being resolved (graphql-js GraphQLResolveInfo).</summary>
public sealed class ResolveInfo
{
    public required string FieldName { get; init; }

    /// <summary>All field nodes merged into this response key.</summary>
    public required IReadOnlyList<FieldNode> FieldNodes { get; init; }

    public required GraphQLType ReturnType { get; init; }

    public required ObjectType ParentType { get; init; }

    public required ResponsePath Path { get; init; }

    public required Schema Schema { get; init; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; } = new Dictionary<string, FragmentDefinitionNode>();

    public object? RootValue { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; init; } = new Dictionary<string, object?>();
}

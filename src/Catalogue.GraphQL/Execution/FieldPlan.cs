using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection on one object type, with what every object of that type needs to run
/// them: the field definition, the resolver and the coerced arguments. Built once per execution and per
/// (type, field nodes) — the fifty datasets of a page share one — so the per-object work is only resolving and
/// completing. It lives for one execution only: @skip/@include and arguments may read the variables.
/// </summary>
internal sealed class FieldPlan
{
    private FieldPlan(PlannedField[] fields)
    {
        Fields = fields;
        Keys = new ResponseKeys(fields.Select(f => f.ResponseKey).ToArray());
    }

    /// <summary>The fields the type defines, in response order (fields it does not define are left out, spec §6.4.1).</summary>
    public PlannedField[] Fields { get; }

    /// <summary>The response keys of <see cref="Fields"/>, shared by every result object of this plan.</summary>
    public ResponseKeys Keys { get; }

    public static FieldPlan Build(ExecutionState state, ObjectType type, OrderedDictionary<string, List<FieldNode>> collected)
    {
        var fields = new List<PlannedField>(collected.Count);
        foreach (var (key, nodes) in collected)
        {
            var definition = FieldLookup.Find(state.Schema, type, nodes[0].Name.Value);
            if (definition is null) continue;
            fields.Add(new PlannedField(key, nodes, definition, definition.Resolve ?? state.FieldResolver,
                TryCoerceArguments(definition, nodes[0], state.VariableValues)));
        }
        return new FieldPlan(fields.ToArray());
    }

    /// <summary>
    /// Arguments are the same for every object (same nodes, same variables), so they are coerced once. When that
    /// fails, null is kept and each execution coerces again, so each one reports the error at its own path.
    /// </summary>
    private static IReadOnlyDictionary<string, object?>? TryCoerceArguments(
        FieldDefinition definition, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        try
        {
            return ArgumentValues.Get(definition.Args, node.Arguments, node, variables);
        }
        catch (Exception)
        {
            return null;
        }
    }
}

/// <summary>One response key of a <see cref="FieldPlan"/>.</summary>
internal sealed class PlannedField(
    string responseKey, List<FieldNode> nodes, FieldDefinition definition, FieldResolver resolve, IReadOnlyDictionary<string, object?>? arguments)
{
    public string ResponseKey { get; } = responseKey;

    /// <summary>All field nodes merged into this response key.</summary>
    public List<FieldNode> Nodes { get; } = nodes;

    public FieldDefinition Definition { get; } = definition;

    public FieldResolver Resolve { get; } = resolve;

    /// <summary>The coerced arguments, or null when coercing them fails (then they are coerced, and fail, per execution).</summary>
    public IReadOnlyDictionary<string, object?>? Arguments { get; } = arguments;

    /// <summary>
    /// The field's context-free resolver, when it has one, returns a scalar or enum or a list of them (each possibly
    /// non-null) and its arguments coerced: the executor's fast path resolves and completes it without a context.
    /// </summary>
    public SourceResolver? LeafFromSource { get; } =
        arguments is not null && definition.ResolveFromSource is { } read && ReferenceEquals(resolve, definition.Resolve)
        && (LeafOf(definition.Type) is not null || LeafItemOf(definition.Type) is not null) ? read : null;

    private SubPlanEntry? _subPlan;

    /// <summary>
    /// The plan of this field's selection on <paramref name="type"/>: the execution's (see
    /// <see cref="ExecutionState.Subfields"/>), remembered here for the last type asked — an object field has one,
    /// so the fifty datasets or two hundred distributions of a page skip the execution's lookup.
    /// </summary>
    public FieldPlan SubPlan(ExecutionState state, ObjectType type)
    {
        if (_subPlan is { } known && ReferenceEquals(known.Type, type)) return known.Plan;
        var plan = state.Subfields(type, Nodes);
        _subPlan = new SubPlanEntry(type, plan);
        return plan;
    }

    private sealed record SubPlanEntry(ObjectType Type, FieldPlan Plan);

    /// <summary>The field's scalar or enum type, without its non-null wrapper; null for any other type.</summary>
    public ILeafType? Leaf { get; } = LeafOf(definition.Type);

    /// <summary>For a list of scalars or enums (<c>[String!]!</c>), the item's type without its non-null wrapper.</summary>
    public ILeafType? LeafItem { get; } = LeafItemOf(definition.Type);

    private static GraphQLType Unwrap(GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    private static ILeafType? LeafOf(GraphQLType type) => Unwrap(type) as ILeafType;

    private static ILeafType? LeafItemOf(GraphQLType type) => Unwrap(type) is ListType list ? LeafOf(list.OfType) : null;
}

/// <summary>Field lookup including the introspection meta-fields (__schema and __type only on the query root).</summary>
internal static class FieldLookup
{
    public static FieldDefinition? Find(Schema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.Query, parentType)) return Introspection.SchemaMetaField;
        if (fieldName == Introspection.TypeMetaField.Name && ReferenceEquals(schema.Query, parentType)) return Introspection.TypeMetaField;
        if (fieldName == Introspection.TypeNameMetaField.Name) return Introspection.TypeNameMetaField;
        return parentType.GetField(fieldName);
    }
}

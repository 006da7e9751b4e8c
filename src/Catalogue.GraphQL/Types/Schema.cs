using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Types;

/// <summary>
/// A GraphQL schema (graphql-js GraphQLSchema): root operation types, the map of every reachable named type
/// (including introspection types), directives and the possible-type relation used by validation and execution.
/// Construction collects types but does not validate; call <see cref="Validate"/> (or let the executor do it).
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _typeMap = new();
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new();
    private readonly Dictionary<string, HashSet<string>> _subTypeCache = new();
    private readonly Lock _subTypeLock = new();
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Directives = directives?.ToList() ?? SpecifiedDirectives.All;
        CollectTypes(types);
        CollectImplementations();
    }

    public ObjectType? Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Every named type, in graphql-js collection order.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The object types a value of the abstract type may have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType u => u.Types,
        InterfaceType i => GetImplementations(i).Objects,
        _ => [],
    };

    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var impl) ? (impl.Objects, impl.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, NamedType maybeSubType)
    {
        lock (_subTypeLock)
        {
            if (!_subTypeCache.TryGetValue(abstractType.Name, out var set))
            {
                set = abstractType switch
                {
                    UnionType u => u.Types.Select(t => t.Name).ToHashSet(),
                    InterfaceType i => GetImplementations(i).Objects.Select(t => t.Name)
                        .Concat(GetImplementations(i).Interfaces.Select(t => t.Name)).ToHashSet(),
                    _ => [],
                };
                _subTypeCache[abstractType.Name] = set;
            }
            return set.Contains(maybeSubType.Name);
        }
    }

    public bool IsPossibleType(IAbstractType abstractType, ObjectType possibleType) => IsSubType(abstractType, possibleType);

    /// <summary>Type-system validation errors (empty when valid); computed once.</summary>
    public IReadOnlyList<GraphQLError> Validate() => _validationErrors ??= SchemaValidator.Validate(this);

    /// <summary>Throws an AggregateException of the validation errors when the schema is invalid.</summary>
    public Schema AssertValid()
    {
        var errors = Validate();
        if (errors.Count > 0) throw new AggregateException(string.Join("\n\n", errors.Select(e => e.Message)), errors);
        return this;
    }

    // Mirrors graphql-js exactly (including its Set delete/re-add dance) so the type map order, which
    // introspection and printSchema expose, is the same as graphql-js's for the same inputs.
    private void CollectTypes(IEnumerable<NamedType>? types)
    {
        var explicitTypes = types?.ToList() ?? [];
        var all = new OrderedDictionary<NamedType, bool>(ReferenceEqualityComparer.Instance);
        foreach (var type in explicitTypes) all.TryAdd(type, true);
        foreach (var type in explicitTypes)
        {
            all.Remove(type);
            CollectReferencedTypes(type, all);
        }
        if (Query is not null) CollectReferencedTypes(Query, all);
        if (Mutation is not null) CollectReferencedTypes(Mutation, all);
        if (Subscription is not null) CollectReferencedTypes(Subscription, all);
        foreach (var directive in Directives)
            foreach (var arg in directive.Args) CollectReferencedTypes(arg.Type, all);
        CollectReferencedTypes(Introspection.SchemaType, all);

        foreach (var type in all.Keys)
        {
            if (!_typeMap.TryAdd(type.Name, type))
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
        }
    }

    private static void CollectReferencedTypes(GraphQLType type, OrderedDictionary<NamedType, bool> all)
    {
        var named = type.GetNamedType();
        if (!all.TryAdd(named, true)) return;
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types) CollectReferencedTypes(member, all);
                break;
            case IFieldsType fieldsType:
                foreach (var iface in fieldsType.Interfaces) CollectReferencedTypes(iface, all);
                foreach (var field in fieldsType.Fields.Values)
                {
                    CollectReferencedTypes(field.Type, all);
                    foreach (var arg in field.Args) CollectReferencedTypes(arg.Type, all);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values) CollectReferencedTypes(field.Type, all);
                break;
        }
    }

    private void CollectImplementations()
    {
        foreach (var type in _typeMap.Values)
        {
            if (type is not IFieldsType fieldsType) continue;
            foreach (var iface in fieldsType.Interfaces)
            {
                if (!_implementations.TryGetValue(iface.Name, out var impl))
                    _implementations[iface.Name] = impl = ([], []);
                if (type is ObjectType obj) impl.Objects.Add(obj);
                else impl.Interfaces.Add((InterfaceType)type);
            }
        }
    }
}

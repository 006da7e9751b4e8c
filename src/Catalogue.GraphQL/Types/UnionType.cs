namespace Catalogue.GraphQL.Types;

/// <summary>A union of object types (graphql-js GraphQLUnionType); members are a thunk to allow cycles.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null) : base(name, description) =>
        _types = new(() => types().ToList());

    public UnionType(string name, IEnumerable<ObjectType> types, string? description = null) : this(name, () => types, description)
    {
    }

    public IReadOnlyList<ObjectType> Types => _types.Value;

    public TypeResolver? ResolveType { get; init; }
}

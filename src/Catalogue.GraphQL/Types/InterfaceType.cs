namespace Catalogue.GraphQL.Types;

/// <summary>An interface type (graphql-js GraphQLInterfaceType); interfaces may implement other interfaces.</summary>
public sealed class InterfaceType : NamedType, IFieldsType, IAbstractType
{
    private readonly Lazy<IReadOnlyDictionary<string, FieldDefinition>> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    public InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null, string? description = null)
        : base(name, description)
    {
        _fields = DefinitionMaps.Lazy(name, fields, f => f.Name);
        _interfaces = new(() => interfaces?.Invoke().ToList() ?? []);
    }

    public InterfaceType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces, description)
    {
    }

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields.Value;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    public TypeResolver? ResolveType { get; init; }

    public FieldDefinition? GetField(string name) => Fields.GetValueOrDefault(name);
}

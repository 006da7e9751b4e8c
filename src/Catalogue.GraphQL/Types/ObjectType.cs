namespace Catalogue.GraphQL.Types;

/// <summary>
/// An object type (graphql-js GraphQLObjectType). Fields and interfaces are thunks evaluated on first use,
/// which lets types reference each other (or themselves) before all are constructed.
/// </summary>
public sealed class ObjectType : NamedType, IFieldsType, IOutputType
{
    private readonly Lazy<IReadOnlyDictionary<string, FieldDefinition>> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    public ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null, string? description = null)
        : base(name, description)
    {
        _fields = DefinitionMaps.Lazy(name, fields, f => f.Name);
        _interfaces = new(() => interfaces?.Invoke().ToList() ?? []);
    }

    public ObjectType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces, description)
    {
    }

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields.Value;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    public IsTypeOfPredicate? IsTypeOf { get; init; }

    public FieldDefinition? GetField(string name) => Fields.GetValueOrDefault(name);
}

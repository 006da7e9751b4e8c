namespace Catalogue.GraphQL.Types;

/// <summary>
/// An input object type (graphql-js GraphQLInputObjectType). Coerced values are
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>. <see cref="IsOneOf"/> marks a @oneOf input object.
/// </summary>
public sealed class InputObjectType : NamedType, IInputType
{
    private readonly Lazy<IReadOnlyDictionary<string, InputFieldDefinition>> _fields;

    public InputObjectType(string name, Func<IEnumerable<InputFieldDefinition>> fields, string? description = null) : base(name, description) =>
        _fields = DefinitionMaps.Lazy(name, fields, f => f.Name);

    public InputObjectType(string name, IEnumerable<InputFieldDefinition> fields, string? description = null) : this(name, () => fields, description)
    {
    }

    public IReadOnlyDictionary<string, InputFieldDefinition> Fields => _fields.Value;

    public bool IsOneOf { get; init; }

    public InputFieldDefinition? GetField(string name) => Fields.GetValueOrDefault(name);
}

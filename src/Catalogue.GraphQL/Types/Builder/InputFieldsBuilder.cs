namespace Catalogue.GraphQL.Types.Builder;

/// <summary>Declares the fields of an input object type for <see cref="SchemaBuilder"/>.</summary>
public sealed class InputFieldsBuilder(SchemaBuilder schema)
{
    private readonly List<Func<InputFieldDefinition>> _fields = [];

    public InputFieldsBuilder Field(string name, string type, string? description = null, string? deprecationReason = null)
    {
        _fields.Add(() => new InputFieldDefinition(name, schema.Resolve(type)) { Description = description, DeprecationReason = deprecationReason });
        return this;
    }

    /// <summary>A field with a default (an internal value); named apart so a string default cannot be taken for a description.</summary>
    public InputFieldsBuilder FieldWithDefault(string name, string type, object? defaultValue, string? description = null, string? deprecationReason = null)
    {
        _fields.Add(() => new InputFieldDefinition(name, schema.Resolve(type))
        {
            DefaultValue = defaultValue,
            Description = description,
            DeprecationReason = deprecationReason,
        });
        return this;
    }

    internal IEnumerable<InputFieldDefinition> Build() => _fields.Select(f => f());
}

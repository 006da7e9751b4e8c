namespace Catalogue.GraphQL.Types.Builder;

/// <summary>Declares the fields and interfaces of an object or interface type for <see cref="SchemaBuilder"/>.</summary>
public sealed class FieldsBuilder(SchemaBuilder schema)
{
    private readonly List<FieldBuilder> _fields = [];
    private readonly List<string> _interfaces = [];

    public FieldsBuilder Implements(params string[] interfaceNames)
    {
        _interfaces.AddRange(interfaceNames);
        return this;
    }

    public FieldsBuilder Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        _fields.Add(field);
        return this;
    }

    /// <summary>A field with a synchronous resolver.</summary>
    public FieldsBuilder Field(string name, string type, Func<ResolveFieldContext, object?> resolve) =>
        Field(name, type, f => f.Resolve(resolve));

    internal IEnumerable<FieldDefinition> BuildFields() => _fields.Select(f => f.Build(schema));

    internal IEnumerable<InterfaceType> BuildInterfaces() => _interfaces.Select(n => schema.Resolve(n) as InterfaceType
        ?? throw new InvalidOperationException($"\"{n}\" is not an interface type."));
}

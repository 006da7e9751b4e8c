namespace Catalogue.GraphQL.Types;

/// <summary>A field of an object or interface type (graphql-js GraphQLField).</summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type, IEnumerable<ArgumentDefinition>? args = null)
    {
        Name = NameValidator.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Args = args?.ToList() ?? [];
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public IReadOnlyList<ArgumentDefinition> Args { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    /// <summary>Null means the executor's default resolver (property/dictionary lookup by field name).</summary>
    public FieldResolver? Resolve { get; init; }

    /// <summary>For subscription root fields: produces the event stream (an IAsyncEnumerable).</summary>
    public FieldResolver? Subscribe { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public ArgumentDefinition? GetArgument(string name) => Args.FirstOrDefault(a => a.Name == name);
}

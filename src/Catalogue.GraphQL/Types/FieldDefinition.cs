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

    /// <summary>
    /// The same resolver as <see cref="Resolve"/> when it reads only the parent value and the arguments; the
    /// executor then calls this one and builds no context. Set by <c>FieldBuilder.ResolveFromSource</c>, which
    /// sets both, so a caller of <see cref="Resolve"/> sees the same values.
    /// </summary>
    public SourceResolver? ResolveFromSource { get; init; }

    /// <summary>For subscription root fields: produces the event stream (an IAsyncEnumerable).</summary>
    public FieldResolver? Subscribe { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public ArgumentDefinition? GetArgument(string name) => Args.FirstOrDefault(a => a.Name == name);
}

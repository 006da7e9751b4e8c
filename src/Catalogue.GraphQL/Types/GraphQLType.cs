namespace Catalogue.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a List/NonNull wrapper around one.
/// <see cref="object.ToString"/> prints the type reference as it appears in SDL (<c>[String!]!</c>).
/// </summary>
public abstract class GraphQLType
{
    public abstract override string ToString();
}

/// <summary>A type that has a name in the schema's type map (everything except List and NonNull).</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        NameValidator.AssertName(name);
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>Free-form host metadata (graphql-js <c>extensions</c>).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public override string ToString() => Name;
}

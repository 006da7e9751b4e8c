namespace Catalogue.GraphQL.Types;

/// <summary>
/// An argument or input field (graphql-js GraphQLArgument / GraphQLInputField). The default value is an
/// internal (already coerced) value; <see cref="HasDefaultValue"/> tells "no default" apart from "default null".
/// </summary>
public abstract class InputValueDefinition
{
    private readonly object? _defaultValue;

    protected InputValueDefinition(string name, GraphQLType type)
    {
        Name = NameValidator.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public object? DefaultValue
    {
        get => _defaultValue;
        init
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    public bool HasDefaultValue { get; private init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    /// <summary>graphql-js isRequiredArgument / isRequiredInputField.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;
}

/// <summary>An argument of a field or directive.</summary>
public sealed class ArgumentDefinition(string name, GraphQLType type) : InputValueDefinition(name, type);

/// <summary>A field of an input object type.</summary>
public sealed class InputFieldDefinition(string name, GraphQLType type) : InputValueDefinition(name, type);

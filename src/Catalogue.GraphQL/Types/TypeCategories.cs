namespace Catalogue.GraphQL.Types;

// Marker interfaces that mirror graphql-js's type unions (GraphQLInputType, GraphQLOutputType, ...).
// They apply to named types only; wrappers are classified with TypePredicates, which unwraps them.

/// <summary>Scalar, enum or input object: may be used for arguments and variables.</summary>
public interface IInputType;

/// <summary>Scalar, object, interface, union or enum: may be returned by a field.</summary>
public interface IOutputType;

/// <summary>Scalar or enum: serialised to and parsed from a plain value.</summary>
public interface ILeafType : IInputType, IOutputType
{
    string Name { get; }

    /// <summary>Converts a resolved value to its result representation; throws GraphQLError on failure.</summary>
    object? Serialize(object? value);

    /// <summary>Coerces an external (variable) value to the internal representation; throws GraphQLError on failure.</summary>
    object? ParseValue(object? value);

    /// <summary>Coerces a literal from a document; variables are already substituted by the caller when given.</summary>
    object? ParseLiteral(Language.ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables);
}

/// <summary>Object, interface or union: may carry a selection set.</summary>
public interface ICompositeType : IOutputType
{
    string Name { get; }
}

/// <summary>Interface or union: the concrete object type is decided at runtime.</summary>
public interface IAbstractType : ICompositeType
{
    TypeResolver? ResolveType { get; }
}

/// <summary>Object or interface: declares fields and may implement interfaces.</summary>
public interface IFieldsType : ICompositeType
{
    IReadOnlyDictionary<string, FieldDefinition> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}

using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Types;

/// <summary>
/// A leaf type defined by three coercion functions (graphql-js GraphQLScalarType).
/// Omitted functions default as in graphql-js: identity for Serialize and ParseValue,
/// and ParseLiteral = ParseValue(valueFromASTUntyped(literal)).
/// </summary>
public sealed class ScalarType : NamedType, ILeafType
{
    private readonly Func<object?, object?> _serialize;
    private readonly Func<object?, object?> _parseValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> _parseLiteral;

    public ScalarType(
        string name,
        string? description = null,
        Func<object?, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null)
        : base(name, description)
    {
        _serialize = serialize ?? (v => v);
        _parseValue = parseValue ?? (v => v);
        _parseLiteral = parseLiteral ?? ((node, vars) => _parseValue(ValueFromAst.Untyped(node, vars)));
    }

    /// <summary>URL of the specification of this scalar's behaviour (@specifiedBy / __Type.specifiedByURL).</summary>
    public string? SpecifiedByUrl { get; init; }

    public object? Serialize(object? value) => _serialize(value);

    public object? ParseValue(object? value) => _parseValue(value);

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        _parseLiteral(valueNode, variables);
}

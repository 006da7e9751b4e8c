using System.Globalization;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>
/// graphql-js valueFromAST / valueFromASTUntyped: turns a literal into an internal value for a given input type.
/// Where graphql-js returns <c>undefined</c> for "invalid", <see cref="TryGetValue"/> returns false. A variable
/// is "missing" when it is not a key of <c>variables</c> (the C# spelling of undefined).
/// </summary>
public static class ValueFromAst
{
    public static bool TryGetValue(ValueNode? valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is null) return false;

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
            return valueNode is not NullValueNode && TryGetValue(valueNode, nonNull.OfType, variables, out value);

        if (valueNode is NullValueNode) return true;

        switch (type)
        {
            case ListType list:
                return TryGetList(valueNode, list.OfType, variables, out value);
            case InputObjectType inputObject:
                return TryGetInputObject(valueNode, inputObject, variables, out value);
            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(valueNode, variables);
                    return true;
                }
                catch (Exception)
                {
                    // graphql-js swallows the error: an invalid literal simply has no value.
                    return false;
                }
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}");
        }
    }

    /// <summary>Convenience form: the value, or <paramref name="fallback"/> when the literal is invalid.</summary>
    public static object? GetValueOrDefault(ValueNode? valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, object? fallback = null) =>
        TryGetValue(valueNode, type, variables, out var value) ? value : fallback;

    private static bool TryGetList(ValueNode valueNode, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is ListValueNode listNode)
        {
            var items = new List<object?>(listNode.Values.Count);
            foreach (var itemNode in listNode.Values)
            {
                if (IsMissingVariable(itemNode, variables))
                {
                    if (itemType is NonNullType) return false;
                    items.Add(null);
                }
                else
                {
                    if (!TryGetValue(itemNode, itemType, variables, out var item)) return false;
                    items.Add(item);
                }
            }
            value = items;
            return true;
        }
        if (!TryGetValue(valueNode, itemType, variables, out var single)) return false;
        value = new List<object?> { single };
        return true;
    }

    private static bool TryGetInputObject(ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode) return false;
        var coerced = new Dictionary<string, object?>();
        var fieldNodes = new Dictionary<string, ObjectFieldNode>();
        foreach (var f in objectNode.Fields) fieldNodes[f.Name.Value] = f;
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType) return false;
                continue;
            }
            if (!TryGetValue(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
            coerced[field.Name] = fieldValue;
        }
        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null)) return false;
        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>graphql-js valueFromASTUntyped: a literal as plain values, with no type to guide it.</summary>
    public static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode i => ParseJsInt(i.Value),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.Aggregate(new Dictionary<string, object?>(), (map, field) =>
        {
            map[field.Name.Value] = Untyped(field.Value, variables);
            return map;
        }),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => throw new InvalidOperationException($"Unexpected value node: {valueNode.Kind}"),
    };

    private static object ParseJsInt(string digits) =>
        // Casts keep the narrowest CLR type; without them the conditional would widen everything to double.
        int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? (object)i
        : long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (object)l
        : double.Parse(digits, CultureInfo.InvariantCulture);
}

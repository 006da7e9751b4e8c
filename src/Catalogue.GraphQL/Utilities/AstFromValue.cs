using System.Collections;
using System.Text.RegularExpressions;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>
/// graphql-js astFromValue: the literal for an internal value of an input type, used to print default values
/// in introspection and SDL. Returns null for "no value" (graphql-js undefined); a C# null becomes a NullValueNode.
/// </summary>
public static partial class AstFromValue
{
    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();

    /// <summary>Marker for an absent value (graphql-js undefined) inside input object dictionaries.</summary>
    public static readonly object Undefined = new();

    public static ValueNode? From(object? value, GraphQLType type)
    {
        value = JsValues.Normalize(value);
        if (ReferenceEquals(value, Undefined)) return null;
        if (type is NonNullType nonNull)
        {
            var inner = From(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary<string, object?> and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                        if (From(item, list.OfType) is { } node) nodes.Add(node);
                    return new ListValueNode { Values = nodes };
                }
                return From(value, list.OfType);

            case InputObjectType inputObject:
                var fields = ReadFields(value);
                if (fields is null) return null;
                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue)) continue;
                    if (From(fieldValue, field.Type) is { } node)
                        fieldNodes.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = node });
                }
                return new ObjectValueNode { Fields = fieldNodes };

            case ILeafType leaf:
                var serialized = JsValues.Normalize(leaf.Serialize(value));
                if (serialized is null) return null;
                if (serialized is bool b) return new BooleanValueNode { Value = b };
                if (JsValues.AsNumber(serialized) is { } n && double.IsFinite(n))
                {
                    var text = JsValues.FormatNumber(n);
                    return IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
                }
                if (serialized is string s)
                {
                    if (type is EnumType) return new EnumValueNode { Value = s };
                    if (ReferenceEquals(type, Scalars.ID) && IntegerString().IsMatch(s)) return new IntValueNode { Value = s };
                    return new StringValueNode { Value = s };
                }
                throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");

            default:
                throw new InvalidOperationException($"Unexpected input type: {type}");
        }
    }

    private static IReadOnlyDictionary<string, object?>? ReadFields(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> ro => ro,
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => kv.Value),
        _ => null,
    };
}

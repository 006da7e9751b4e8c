using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Types;

/// <summary>
/// The five built-in scalars with graphql-js 16 coercion rules and error messages.
/// Internal values: Int → int, Float → double, String/ID → string, Boolean → bool.
/// </summary>
public static class Scalars
{
    public const int MaxInt = int.MaxValue;
    public const int MinInt = int.MinValue;

    public static readonly ScalarType Int = new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        SerializeInt, ParseIntValue, ParseIntLiteral);

    public static readonly ScalarType Float = new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        SerializeFloat, ParseFloatValue, ParseFloatLiteral);

    public static readonly ScalarType String = new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        SerializeString, ParseStringValue, ParseStringLiteral);

    public static readonly ScalarType Boolean = new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral);

    public static readonly ScalarType ID = new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        SerializeId, ParseIdValue, ParseIdLiteral);

    /// <summary>In graphql-js order (String, Int, Float, Boolean, ID).</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecifiedScalar(NamedType type) => All.Any(s => s.Name == type.Name);

    private static object SerializeInt(object? output)
    {
        var value = JsValues.Normalize(output);
        double? num = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 => JsValues.StringToNumber(s),
            _ => JsValues.AsNumber(value),
        };
        if (num is not { } n || !JsValues.IsInteger(n))
            throw ErrorFactory.Create($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        if (n > MaxInt || n < MinInt)
            throw ErrorFactory.Create("Int cannot represent non 32-bit signed integer value: " + Inspector.Inspect(value));
        return (int)n;
    }

    private static object ParseIntValue(object? input)
    {
        var value = JsValues.Normalize(input);
        if (value is bool || JsValues.AsNumber(value) is not { } n || !JsValues.IsInteger(n))
            throw ErrorFactory.Create($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        if (n > MaxInt || n < MinInt)
            throw ErrorFactory.Create($"Int cannot represent non 32-bit signed integer value: {JsValues.FormatNumber(n)}");
        return (int)n;
    }

    private static object ParseIntLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? _)
    {
        if (node is not IntValueNode intNode)
            throw ErrorFactory.Create($"Int cannot represent non-integer value: {Printer.Print(node)}", node);
        if (!int.TryParse(intNode.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var num))
            throw ErrorFactory.Create($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", node);
        return num;
    }

    private static object SerializeFloat(object? output)
    {
        var value = JsValues.Normalize(output);
        double? num = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 => JsValues.StringToNumber(s),
            _ => JsValues.AsNumber(value),
        };
        if (num is not { } n || !double.IsFinite(n))
            throw ErrorFactory.Create($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        return n;
    }

    private static object ParseFloatValue(object? input)
    {
        var value = JsValues.Normalize(input);
        if (value is bool || JsValues.AsNumber(value) is not { } n || !double.IsFinite(n))
            throw ErrorFactory.Create($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        return n;
    }

    private static object ParseFloatLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? _)
    {
        var text = node switch { FloatValueNode f => f.Value, IntValueNode i => i.Value, _ => null };
        if (text is null)
            throw ErrorFactory.Create($"Float cannot represent non numeric value: {Printer.Print(node)}", node);
        return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static object SerializeString(object? output)
    {
        var value = JsValues.Normalize(output);
        return value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            _ when JsValues.AsNumber(value) is { } n && double.IsFinite(n) => JsValues.FormatNumber(n),
            _ => throw ErrorFactory.Create($"String cannot represent value: {Inspector.Inspect(value)}"),
        };
    }

    private static object ParseStringValue(object? input)
    {
        var value = JsValues.Normalize(input);
        return value as string
            ?? throw ErrorFactory.Create($"String cannot represent a non string value: {Inspector.Inspect(value)}");
    }

    private static object ParseStringLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? _) =>
        node is StringValueNode s
            ? s.Value
            : throw ErrorFactory.Create($"String cannot represent a non string value: {Printer.Print(node)}", node);

    private static object SerializeBoolean(object? output)
    {
        var value = JsValues.Normalize(output);
        if (value is bool b) return b;
        if (value is not string && JsValues.AsNumber(value) is { } n && double.IsFinite(n)) return n != 0;
        throw ErrorFactory.Create($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
    }

    private static object ParseBooleanValue(object? input)
    {
        var value = JsValues.Normalize(input);
        return value is bool b
            ? b
            : throw ErrorFactory.Create($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
    }

    private static object ParseBooleanLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? _) =>
        node is BooleanValueNode b
            ? b.Value
            : throw ErrorFactory.Create($"Boolean cannot represent a non boolean value: {Printer.Print(node)}", node);

    private static object SerializeId(object? output)
    {
        var value = JsValues.Normalize(output);
        if (value is string s) return s;
        // A Guid is the natural C# identifier; graphql-js has no equivalent, so it is accepted as its string form.
        if (value is Guid g) return g.ToString();
        if (value is not bool && JsValues.AsNumber(value) is { } n && JsValues.IsInteger(n)) return JsValues.FormatNumber(n);
        throw ErrorFactory.Create($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object ParseIdValue(object? input)
    {
        var value = JsValues.Normalize(input);
        if (value is string s) return s;
        if (value is not bool && JsValues.AsNumber(value) is { } n && JsValues.IsInteger(n)) return JsValues.FormatNumber(n);
        throw ErrorFactory.Create($"ID cannot represent value: {Inspector.Inspect(value)}");
    }

    private static object ParseIdLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? _) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw ErrorFactory.Create("ID cannot represent a non-string and non-integer value: " + Printer.Print(node), node),
    };
}

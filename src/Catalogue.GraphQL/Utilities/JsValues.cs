using System.Globalization;
using System.Text.Json;

namespace Catalogue.GraphQL.Utilities;

/// <summary>
/// Helpers that give .NET values JavaScript's number semantics, so coercion and messages match graphql-js.
/// External values may arrive as <see cref="JsonElement"/>s (variables straight from a request body) or as plain CLR values.
/// </summary>
public static class JsValues
{
    /// <summary>
    /// Converts a JsonElement into plain values (null, bool, string, int/long/double, List, Dictionary);
    /// other values are returned unchanged.
    /// </summary>
    public static object? Normalize(object? value) => value is JsonElement e ? FromJson(e) : value;

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        // Casts keep the narrowest CLR type; without them the conditional would widen everything to double.
        JsonValueKind.Number => element.TryGetInt32(out var i) ? (object)i
            : element.TryGetInt64(out var l) ? (object)l
            : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => ObjectFromJson(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    private static Dictionary<string, object?> ObjectFromJson(JsonElement element)
    {
        var result = new Dictionary<string, object?>();
        foreach (var property in element.EnumerateObject()) result[property.Name] = FromJson(property.Value);
        return result;
    }

    /// <summary>The value as a JS number when it is a CLR numeric type; null otherwise (strings are not numbers).</summary>
    public static double? AsNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        _ => null,
    };

    public static bool IsNumber(object? value) => AsNumber(value) is not null;

    public static bool IsInteger(double n) => double.IsFinite(n) && Math.Floor(n) == n;

    /// <summary>JavaScript <c>Number(string)</c> for the decimal forms a host is likely to return; NaN otherwise.</summary>
    public static double StringToNumber(string s)
    {
        var trimmed = s.Trim();
        if (trimmed.Length == 0) return 0;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
    }

    /// <summary>JavaScript <c>Number.prototype.toString()</c>: positional between 1e-7 and 1e21, exponent form outside.</summary>
    public static string FormatNumber(double n)
    {
        if (double.IsNaN(n)) return "NaN";
        if (double.IsPositiveInfinity(n)) return "Infinity";
        if (double.IsNegativeInfinity(n)) return "-Infinity";
        if (n == 0) return "0";
        // Shortest round-trip digits and exponent, then laid out the way ECMAScript does.
        var shortest = n.ToString("R", CultureInfo.InvariantCulture);
        var negative = n < 0;
        var (digits, exponent) = DigitsAndExponent(negative ? shortest[1..] : shortest);
        var sign = negative ? "-" : "";
        var k = digits.Length;
        var point = exponent + 1; // position of the decimal point relative to the digits
        if (k <= point && point <= 21) return sign + digits + new string('0', point - k);
        if (0 < point && point <= 21) return sign + digits[..point] + "." + digits[point..];
        if (-6 < point && point <= 0) return sign + "0." + new string('0', -point) + digits;
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        var e = point - 1;
        return sign + mantissa + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e);
    }

    private static (string Digits, int Exponent) DigitsAndExponent(string text)
    {
        var exponent = 0;
        var ePos = text.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exponent = int.Parse(text[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..ePos];
        }
        var dot = text.IndexOf('.');
        var intPart = dot >= 0 ? text[..dot] : text;
        var fracPart = dot >= 0 ? text[(dot + 1)..] : "";
        var all = (intPart + fracPart).TrimStart('0');
        var leadingZerosRemoved = (intPart + fracPart).Length - all.Length;
        // exponent of the first significant digit
        var firstDigitExponent = exponent + intPart.Length - 1 - leadingZerosRemoved;
        return (all.TrimEnd('0') is { Length: > 0 } d ? d : "0", firstDigitExponent);
    }
}

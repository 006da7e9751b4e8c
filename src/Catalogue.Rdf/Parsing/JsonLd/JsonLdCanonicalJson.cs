using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785) used for rdf:JSON literals, plus the XSD canonical forms of JSON numbers.
/// </summary>
internal static class JsonLdCanonicalJson
{
    public static string Canonicalize(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(node, sb);
        return sb.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder sb)
    {
        switch (node)
        {
            case null: sb.Append("null"); break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(key, sb);
                    sb.Append(':');
                    Write(value, sb);
                }
                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(array[i], sb);
                }
                sb.Append(']');
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String: WriteString(value.GetValue<string>(), sb); break;
                    case JsonValueKind.True: sb.Append("true"); break;
                    case JsonValueKind.False: sb.Append("false"); break;
                    case JsonValueKind.Number: sb.Append(EcmaScriptNumber(value.GetValue<double>())); break;
                    default: sb.Append("null"); break;
                }
                break;
        }
    }

    private static void WriteString(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>Number.prototype.toString of ECMAScript, which RFC 8785 prescribes.</summary>
    public static string EcmaScriptNumber(double d)
    {
        if (d == 0) return "0";
        var (digits, exponent) = ShortestDigits(d);
        var sign = d < 0 ? "-" : "";
        var k = digits.Length;
        var n = exponent + 1; // position of the decimal point relative to the digits
        if (k <= n && n <= 21) return sign + digits + new string('0', n - k);
        if (0 < n && n <= 21) return sign + digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return sign + "0." + new string('0', -n) + digits;
        var e = n - 1;
        var mantissa = k == 1 ? digits : digits[0] + "." + digits[1..];
        return sign + mantissa + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e);
    }

    /// <summary>The XSD canonical lexical form of a double, as JSON-LD toRdf writes it (e.g. 1.1E0, 1.0E21).</summary>
    public static string XsdDouble(double d)
    {
        if (d == 0) return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        var (digits, exponent) = ShortestDigits(d);
        var mantissa = digits[0] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return (d < 0 ? "-" : "") + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Shortest round-trip significant digits (no leading/trailing zeros) and the decimal exponent of the first digit.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double d)
    {
        var r = Math.Abs(d).ToString("E16", CultureInfo.InvariantCulture);
        // Find the shortest precision that round-trips.
        for (var precision = 1; precision <= 17; precision++)
        {
            var candidate = Math.Abs(d).ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
            if (double.Parse(candidate, CultureInfo.InvariantCulture) == Math.Abs(d)) { r = candidate; break; }
        }
        var parts = r.Split('E');
        var digits = parts[0].Replace(".", "").TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        return (digits, int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}

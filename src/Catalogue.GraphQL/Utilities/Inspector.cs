using System.Collections;
using System.Text;

namespace Catalogue.GraphQL.Utilities;

/// <summary>Formats values for error messages exactly like graphql-js jsutils/inspect.</summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value) => Format(JsValues.Normalize(value), 0);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null: return "null";
            case string s: return JsonString(s);
            case bool b: return b ? "true" : "false";
            case Enum e: return JsonString(e.ToString());
            case IDictionary<string, object?> map: return FormatObject(map, depth);
            case IReadOnlyDictionary<string, object?> roMap: return FormatObject(roMap, depth);
            case IEnumerable list: return FormatArray(list.Cast<object?>().ToList(), depth);
        }
        if (JsValues.AsNumber(value) is { } n) return JsValues.FormatNumber(n);
        return "[" + value.GetType().Name + "]";
    }

    private static string FormatObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var list = entries.ToList();
        if (list.Count == 0) return "{}";
        if (depth + 1 > MaxRecursiveDepth) return "[Object]";
        return "{ " + string.Join(", ", list.Select(kv => kv.Key + ": " + Format(JsValues.Normalize(kv.Value), depth + 1))) + " }";
    }

    private static string FormatArray(List<object?> items, int depth)
    {
        if (items.Count == 0) return "[]";
        if (depth + 1 > MaxRecursiveDepth) return "[Array]";
        var shown = items.Take(MaxArrayLength).Select(i => Format(JsValues.Normalize(i), depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1) shown.Add("... 1 more item");
        else if (remaining > 1) shown.Add($"... {remaining} more items");
        return "[" + string.Join(", ", shown) + "]";
    }

    /// <summary>JSON.stringify for a string: escapes quotes, backslashes and control characters only.</summary>
    public static string JsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
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
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}

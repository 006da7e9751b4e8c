using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// flask-restx's <c>X-Fields</c> mask (<c>data{id,internal{last_modified_internal}},next_page</c>): only the named
/// fields are rendered; a nested mask applies to an object, or to each element of a list; <c>*</c> keeps the rest.
/// </summary>
internal sealed class FieldMask
{
    public const string Header = "X-Fields";

    private FieldMask(Dictionary<string, FieldMask?> fields, bool all)
    {
        Fields = fields;
        All = all;
    }

    /// <summary>Field name → its own mask (null: the whole value).</summary>
    public Dictionary<string, FieldMask?> Fields { get; }
    public bool All { get; }

    public static FieldMask? FromHeader(Microsoft.AspNetCore.Http.HttpContext http) =>
        Parse(http.Request.Headers[Header].FirstOrDefault());

    /// <summary>The mask, or null when there is none (or it cannot be read: udata then renders everything).</summary>
    public static FieldMask? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string mask = text.Trim();
        if (mask.StartsWith('{') && mask.EndsWith('}')) mask = mask[1..^1];
        int at = 0;
        FieldMask? parsed = ParseLevel(mask, ref at);
        return at == mask.Length ? parsed : null;
    }

    private static FieldMask? ParseLevel(string text, ref int at)
    {
        var fields = new Dictionary<string, FieldMask?>(StringComparer.Ordinal);
        bool all = false;
        while (at < text.Length && text[at] != '}')
        {
            int start = at;
            while (at < text.Length && text[at] is not (',' or '{' or '}')) at++;
            string name = text[start..at].Trim();
            FieldMask? nested = null;
            if (at < text.Length && text[at] == '{')
            {
                at++;
                nested = ParseLevel(text, ref at);
                if (nested is null || at >= text.Length || text[at] != '}') return null;
                at++;
            }
            if (name == "*") all = true;
            else if (name.Length > 0) fields[name] = nested;
            if (at < text.Length && text[at] == ',') at++;
        }
        return new FieldMask(fields, all);
    }

    public bool Includes(string field) => All || Fields.ContainsKey(field);

    /// <summary>A masked copy of <paramref name="node"/> (objects filtered, lists element by element).</summary>
    public JsonNode? Apply(JsonNode? node) => node switch
    {
        JsonObject obj => ApplyToObject(obj),
        JsonArray list => new JsonArray(list.Select(Apply).ToArray()),
        _ => node?.DeepClone(),
    };

    private JsonObject ApplyToObject(JsonObject source)
    {
        var output = new JsonObject();
        foreach ((string name, JsonNode? value) in source)
        {
            if (Fields.TryGetValue(name, out FieldMask? nested)) output[name] = nested is null ? value?.DeepClone() : nested.Apply(value);
            else if (All) output[name] = value?.DeepClone();
        }
        return output;
    }
}

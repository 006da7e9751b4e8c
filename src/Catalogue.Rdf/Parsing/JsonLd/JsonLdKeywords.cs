using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>Keyword tests and small JsonNode helpers shared by the JSON-LD algorithms.</summary>
internal static class JsonLdKeywords
{
    private static readonly HashSet<string> Keywords =
    [
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    ];

    public static bool IsKeyword(string? value) => value is not null && Keywords.Contains(value);

    /// <summary>"@" followed by ALPHA only: reserved for future keywords, ignored with a warning.</summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@') return false;
        for (var i = 1; i < value.Length; i++)
            if (!char.IsAsciiLetter(value[i])) return false;
        return true;
    }

    public static bool IsAbsoluteIri(string value) => IriResolver.HasScheme(value);
    public static bool IsBlankNodeId(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    public static JsonArray AsArray(JsonNode? node) => node switch
    {
        JsonArray array => array,
        null => new JsonArray(),
        _ => new JsonArray(node.DeepClone()),
    };

    /// <summary>Items of a node seen as an array (without copying); a non-array is a one-item sequence.</summary>
    public static IEnumerable<JsonNode?> Items(JsonNode? node) => node is JsonArray array ? array : new[] { node };

    public static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String;
    public static string? AsString(JsonNode? node) => IsString(node) ? node!.GetValue<string>() : null;

    public static bool IsScalar(JsonNode? node) => node is JsonValue;

    public static bool IsBoolean(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;

    public static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number;

    public static bool IsValueObject(JsonNode? node) => node is JsonObject o && o.ContainsKey("@value");
    public static bool IsListObject(JsonNode? node) => node is JsonObject o && o.ContainsKey("@list");

    public static bool IsGraphObject(JsonNode? node) =>
        node is JsonObject o && o.ContainsKey("@graph")
        && o.Select(p => p.Key).All(k => k is "@graph" or "@id" or "@index" or "@context");

    /// <summary>Appends a value (or each item of an array value) to <paramref name="target"/>[key], creating the array.</summary>
    public static void AddValue(JsonObject target, string key, JsonNode? value, bool asArray = true)
    {
        if (!target.TryGetPropertyValue(key, out var existing) || existing is null)
        {
            if (!asArray && value is not JsonArray) { target[key] = value?.DeepClone(); return; }
            existing = new JsonArray();
            target[key] = existing;
        }
        else if (existing is not JsonArray)
        {
            var wrapped = new JsonArray(existing.DeepClone());
            target[key] = wrapped;
            existing = wrapped;
        }
        var array = (JsonArray)existing;
        if (value is JsonArray values)
            foreach (var v in values) array.Add(v?.DeepClone());
        else
            array.Add(value?.DeepClone());
    }
}

using System.Text.Json;

namespace Catalogue.Sync.Udata;

/// <summary>
/// Flattens udata's nested <c>errors</c> object. Form errors are lists of strings, model errors plain
/// strings, nested forms objects and lists of sub-forms arrays of objects (contract §2.3), e.g.
/// <c>{"resources":[{"schema":{"url":["Invalid URL"]}}]}</c> → <c>resources[0].schema.url</c>.
/// </summary>
internal static class UdataFieldErrors
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Flatten(JsonElement? errors)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (errors is { ValueKind: JsonValueKind.Object } root) Walk(root, "", result);
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    private static void Walk(JsonElement node, string path, Dictionary<string, List<string>> into)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in node.EnumerateObject())
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in node.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Walk(item, $"{path}[{index}]", into);
                    else Add(into, path, item);
                    index++;
                }
                break;
            default:
                Add(into, path, node);
                break;
        }
    }

    private static void Add(Dictionary<string, List<string>> into, string path, JsonElement value)
    {
        if (!into.TryGetValue(path, out List<string>? list)) into[path] = list = [];
        list.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
    }
}

using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>
/// Compares expanded JSON-LD the way the W3C suite specifies: arrays are unordered sets except the values of
/// <c>@list</c> (and JSON literal values), whose order is significant.
/// </summary>
public static class JsonLdComparer
{
    public static bool AreEquivalent(JsonNode? expected, JsonNode? actual, bool ordered = false)
    {
        switch (expected)
        {
            case null: return actual is null;
            case JsonObject e:
                if (actual is not JsonObject a || a.Count != e.Count) return false;
                foreach (var (key, value) in e)
                {
                    if (!a.TryGetPropertyValue(key, out var other)) return false;
                    var isJsonLiteral = key == "@value" && e["@type"]?.ToString() == "@json";
                    if (isJsonLiteral ? !JsonNode.DeepEquals(value, other) : !AreEquivalent(value, other, key == "@list"))
                        return false;
                }
                return true;
            case JsonArray e:
                if (actual is not JsonArray arr || arr.Count != e.Count) return false;
                if (ordered) return e.Zip(arr).All(p => AreEquivalent(p.First, p.Second));
                var unmatched = arr.ToList();
                foreach (var item in e)
                {
                    var index = unmatched.FindIndex(candidate => AreEquivalent(item, candidate));
                    if (index < 0) return false;
                    unmatched.RemoveAt(index);
                }
                return true;
            default:
                return JsonNode.DeepEquals(expected, actual);
        }
    }
}

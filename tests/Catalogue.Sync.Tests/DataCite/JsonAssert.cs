using System.Text.Json.Nodes;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>Semantic JSON comparison (key order ignored) that names the first differing path.</summary>
internal static class JsonAssert
{
    public static void Equivalent(JsonNode? expected, JsonNode? actual, params string[] ignoredPaths)
    {
        string? difference = FirstDifference(expected, actual, "$", ignoredPaths);
        Assert.True(difference is null, $"JSON differs at {difference}");
    }

    private static string? FirstDifference(JsonNode? a, JsonNode? b, string path, string[] ignored)
    {
        if (ignored.Contains(path)) return null;
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                foreach (string key in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    string child = $"{path}.{key}";
                    if (ignored.Contains(child)) continue;
                    if (!x.ContainsKey(key) || !y.ContainsKey(key)) return $"{child} (present on one side only)";
                    if (FirstDifference(x[key], y[key], child, ignored) is { } d) return d;
                }
                return null;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count) return $"{path} (length {x.Count} vs {y.Count})";
                for (int i = 0; i < x.Count; i++)
                    if (FirstDifference(x[i], y[i], $"{path}[{i}]", ignored) is { } d) return d;
                return null;
            default:
                return JsonNode.DeepEquals(a, b) ? null : $"{path} ({a?.ToJsonString()} vs {b?.ToJsonString()})";
        }
    }
}

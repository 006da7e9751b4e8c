using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Sync.Tests.Udata.Support;

/// <summary>
/// Semantic JSON comparison for fixture round trips: same keys, same values (numbers by value).
/// Links that udata computes from the serving host (<see cref="HostDependentKeys"/>) are compared
/// by path only, with the historical <c>/fr</c> prefix and the <c>/api/1</c> root removed, because
/// the fixtures were captured on www.data.gouv.fr (some as <c>/fr/…</c>) and the emulator serves
/// them from 127.0.0.1.
/// </summary>
public static class JsonSemantic
{
    public static readonly IReadOnlySet<string> HostDependentKeys = new HashSet<string> { "uri", "page", "latest" };

    /// <summary>Differences as <c>$.path: expected … but was …</c> lines; empty when equivalent.</summary>
    public static List<string> Differences(JsonNode? expected, JsonNode? actual, IReadOnlySet<string>? allowedExtraKeys = null)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", null, allowedExtraKeys ?? new HashSet<string>(), differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, string? key, IReadOnlySet<string> allowedExtra, List<string> into)
    {
        switch (expected)
        {
            case null:
                if (actual is not null) into.Add($"{path}: expected null but was {actual.ToJsonString()}");
                return;
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject) { into.Add($"{path}: expected an object but was {actual?.ToJsonString() ?? "null"}"); return; }
                foreach ((string name, JsonNode? value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name)) into.Add($"{path}.{name}: missing");
                    else Compare(value, actualObject[name], $"{path}.{name}", name, allowedExtra, into);
                }
                foreach ((string name, _) in actualObject)
                    if (!expectedObject.ContainsKey(name) && !allowedExtra.Contains(name)) into.Add($"{path}.{name}: unexpected key");
                return;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    into.Add($"{path}: expected {expectedArray.Count} items but was {actual?.ToJsonString() ?? "null"}");
                    return;
                }
                for (int i = 0; i < expectedArray.Count; i++) Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", null, allowedExtra, into);
                return;
            default:
                if (!ScalarEquals((JsonValue)expected, actual, key)) into.Add($"{path}: expected {expected.ToJsonString()} but was {actual?.ToJsonString() ?? "null"}");
                return;
        }
    }

    private static bool ScalarEquals(JsonValue expected, JsonNode? actual, string? key)
    {
        if (actual is not JsonValue actualValue || expected.GetValueKind() != actualValue.GetValueKind()) return false;
        return expected.GetValueKind() switch
        {
            JsonValueKind.Number => expected.GetValue<decimal>() == actualValue.GetValue<decimal>(),
            JsonValueKind.String when key is not null && HostDependentKeys.Contains(key) =>
                CanonicalLink(expected.GetValue<string>()) == CanonicalLink(actualValue.GetValue<string>()),
            JsonValueKind.String => expected.GetValue<string>() == actualValue.GetValue<string>(),
            _ => expected.ToJsonString() == actualValue.ToJsonString(),
        };
    }

    private static string CanonicalLink(string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out Uri? uri)) return link;
        string path = uri.AbsolutePath;
        if (path.StartsWith("/fr/", StringComparison.Ordinal)) path = path[3..];
        if (path.StartsWith("/api/1/", StringComparison.Ordinal)) path = path[6..];
        return path + uri.Query;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>
/// Field-by-field comparison of the last pushed record with the one read back from DataCite (e.g. after an
/// edit in Fabrica). Both sides are normalised first, so DataCite's own rewrites are not reported.
/// </summary>
public static class DataCiteMetadataComparer
{
    public static IReadOnlyList<FieldChange> Diff(DataCiteMetadata pushed, DataCiteMetadata remote)
    {
        DataCiteMetadata left = DataCiteNormaliser.Normalise(pushed);
        DataCiteMetadata right = DataCiteNormaliser.Normalise(remote);
        // FOS subjects appear on DataCite's side without anyone editing; ignore them unless we sent them.
        right = right with
        {
            Subjects = right.Subjects.Where(s => !DataCiteNormaliser.IsAddedByDataCite(s) || left.Subjects.Contains(s)).ToArray(),
        };

        Dictionary<string, string?> a = Flatten(left), b = Flatten(right);
        var changes = new List<FieldChange>();
        foreach (string path in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            string? x = a.GetValueOrDefault(path), y = b.GetValueOrDefault(path);
            if (!string.Equals(x, y, StringComparison.Ordinal)) changes.Add(new FieldChange(path, x, y));
        }
        return changes;
    }

    private static Dictionary<string, string?> Flatten(DataCiteMetadata metadata)
    {
        JsonNode? node = JsonSerializer.SerializeToNode(metadata, DataCiteMetadataJsonContext.Default.DataCiteMetadata);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(node, "", values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> values)
    {
        switch (node)
        {
            case JsonObject o:
                foreach ((string key, JsonNode? child) in o) Walk(child, path.Length == 0 ? key : $"{path}.{key}", values);
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", values);
                break;
            case JsonValue v:
                values[path] = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
                break;
        }
    }
}

/// <summary>Serialises <see cref="DataCiteMetadata"/> for flattening and snapshots (nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DataCiteMetadata))]
public sealed partial class DataCiteMetadataJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Sync.Engine;

/// <summary>
/// The synchronised fields of one dataset on one side, each as canonical JSON text, so values of any shape
/// (strings, lists, objects) compare with plain string equality. Field names are the remote system's.
/// </summary>
public sealed class FieldSet : SortedDictionary<string, string?>
{
    public FieldSet() : base(StringComparer.Ordinal) { }
    public FieldSet(IDictionary<string, string?> values) : base(values, StringComparer.Ordinal) { }

    /// <summary>Canonical JSON of a value; null stays null so "absent" and "null" are the same thing.</summary>
    public static string? Canonical(JsonNode? node) => node?.ToJsonString();

    public static string? Canonical<T>(T? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        value is null ? null : JsonSerializer.Serialize(value, type);

    public string? Get(string field) => TryGetValue(field, out var v) ? v : null;
}

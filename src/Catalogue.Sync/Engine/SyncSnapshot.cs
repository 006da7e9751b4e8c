using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Engine;

/// <summary>
/// What both sides looked like at the last successful sync, field by field. Two baselines rather than one
/// because a mapping can be lossy (a draft maps to <c>private</c>, but an onboarded public dataset stays
/// public until our record itself changes): each side's change is measured against its own past.
/// </summary>
public sealed class SyncSnapshot
{
    [JsonPropertyName("local")] public FieldSet Local { get; set; } = new();
    [JsonPropertyName("remote")] public FieldSet Remote { get; set; } = new();

    public string Serialize() => JsonSerializer.Serialize(this, EngineJsonContext.Default.SyncSnapshot);

    public static SyncSnapshot? Parse(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, EngineJsonContext.Default.SyncSnapshot);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SyncSnapshot))]
[JsonSerializable(typeof(List<FieldConflict>))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;

public static class ConflictJson
{
    public static string? Serialize(IReadOnlyCollection<FieldConflict> conflicts) =>
        conflicts.Count == 0 ? null : JsonSerializer.Serialize(conflicts.ToList(), EngineJsonContext.Default.ListFieldConflict);

    public static List<FieldConflict> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, EngineJsonContext.Default.ListFieldConflict) ?? [];
}

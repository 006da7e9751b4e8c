using System.Text.Json.Nodes;

namespace Catalogue.Emulators.DataCite;

/// <summary>
/// One DOI as the emulator holds it: the full (detail) attribute set exactly as a single GET renders it, so
/// a seeded recording is served back unchanged. Mutated only under the state lock.
/// </summary>
public sealed class StoredDoi
{
    public required string Doi { get; init; }
    public required string ClientId { get; set; }
    public required JsonObject Attributes { get; set; }
    /// <summary>Seeded relationships are served as recorded; otherwise generated.</summary>
    public JsonObject? Relationships { get; set; }
    public List<JsonObject> Activities { get; } = [];

    public string State => Attributes["state"]?.GetValue<string>() ?? "draft";
    public string Updated => Attributes["updated"]?.GetValue<string>() ?? "";
    public string Created => Attributes["created"]?.GetValue<string>() ?? "";
}

using System.Text.Json;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// The keys the catalogue writes in udata <c>extras</c>. Dataset extras carry our id (how a restart finds a
/// dataset it created but did not get to remember) and DOI; resource extras carry the distribution id and role.
/// </summary>
public static class UdataExtras
{
    public const string CatalogueId = "catalogue:id";
    public const string Doi = "catalogue:doi";
    /// <summary>The create intent's token (also stored in sync_states.PendingCreateToken before the call).</summary>
    public const string PushToken = "catalogue:push-token";
    public const string DistributionId = "catalogue:distribution-id";
    public const string Role = "catalogue:role";

    public static string? GetString(Dictionary<string, JsonElement>? extras, string key) =>
        extras is not null && extras.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement String(string value) => JsonSerializer.SerializeToElement(value, UdataMappingJson.Default.String);

    /// <summary>The dataset's catalogue id, when it was created (or adopted) by a catalogue.</summary>
    public static Guid? CatalogueIdOf(UdataDataset dataset) =>
        Guid.TryParse(GetString(dataset.Extras, CatalogueId), out var id) ? id : null;
}

using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// One dataset as the emulator keeps it: the API document (host-independent fields only; <c>uri</c>,
/// <c>page</c> and resource <c>latest</c> are computed when rendered) plus its slug history.
/// </summary>
internal sealed class StoredDataset
{
    public StoredDataset(string id, JsonObject document)
    {
        Id = id;
        Document = document;
    }

    public string Id { get; }
    public JsonObject Document { get; set; }
    public List<string> OldSlugs { get; } = [];

    public string Slug => (string?)Document["slug"] ?? Id;
    public string? OrganizationId => Document["organization"] is JsonObject org ? (string?)org["id"] : null;
    public string? OwnerId => Document["owner"] is JsonObject owner ? (string?)owner["id"] : null;
    public bool IsPrivate => Document["private"]?.GetValue<bool>() == true;
    public bool IsDeleted => Document["deleted"] is JsonValue;
    public bool IsArchived => Document["archived"] is JsonValue;
    public JsonArray Resources => Document["resources"] as JsonArray ?? (JsonArray)(Document["resources"] = new JsonArray());

    public JsonObject? FindResource(string resourceId) =>
        Resources.OfType<JsonObject>().FirstOrDefault(r => string.Equals((string?)r["id"], resourceId, StringComparison.OrdinalIgnoreCase));

    public bool CanBeEditedBy(EmulatorUser? user) =>
        user is not null && (user.IsSysadmin
            || (OrganizationId is { } org && user.CanEditFor(org))
            || (OwnerId is { } owner && owner == user.Id));
}

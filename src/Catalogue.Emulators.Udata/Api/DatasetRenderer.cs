using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// Turns a stored document into the API representation. Only host-dependent links are computed
/// here (<c>uri</c>, <c>page</c>, resource <c>latest</c>, organisation links); everything else is
/// served as stored, which is what makes recorded fixtures round-trip.
/// </summary>
internal static class DatasetRenderer
{
    public static JsonObject Render(StoredDataset dataset, Uri origin)
    {
        var output = (JsonObject)dataset.Document.DeepClone();
        string slug = dataset.Slug;
        output["uri"] = $"{origin}api/1/datasets/{slug}/";
        output["page"] = $"{origin}datasets/{slug}/";
        if (output["organization"] is JsonObject org) LinkOrganization(org, origin);
        if (output["resources"] is JsonArray resources)
            foreach (JsonObject resource in resources.OfType<JsonObject>()) LinkResource(resource, origin);
        return output;
    }

    /// <summary>The representation under an <c>X-Fields</c> mask: only the masked fields are copied from the store.</summary>
    public static JsonObject Render(StoredDataset dataset, Uri origin, FieldMask? mask)
    {
        if (mask is null) return Render(dataset, origin);
        if (mask.All) return (JsonObject)mask.Apply(Render(dataset, origin))!;
        var output = new JsonObject();
        foreach ((string name, FieldMask? nested) in mask.Fields)
        {
            JsonNode? value;
            switch (name)
            {
                case "uri": value = $"{origin}api/1/datasets/{dataset.Slug}/"; break;
                case "page": value = $"{origin}datasets/{dataset.Slug}/"; break;
                default:
                    if (!dataset.Document.TryGetPropertyValue(name, out JsonNode? stored)) continue;
                    value = stored?.DeepClone();
                    if (value is JsonObject org && name == "organization") LinkOrganization(org, origin);
                    if (value is JsonArray resources && name == "resources")
                        foreach (JsonObject resource in resources.OfType<JsonObject>()) LinkResource(resource, origin);
                    break;
            }
            output[name] = nested is null ? value : nested.Apply(value);
        }
        return output;
    }

    public static JsonObject RenderResource(JsonObject resource, Uri origin)
    {
        var output = (JsonObject)resource.DeepClone();
        LinkResource(output, origin);
        return output;
    }

    public static JsonObject RenderOrganization(JsonObject organization, Uri origin)
    {
        var output = (JsonObject)organization.DeepClone();
        LinkOrganization(output, origin);
        return output;
    }

    private static void LinkResource(JsonObject resource, Uri origin) =>
        resource["latest"] = $"{origin}api/1/datasets/r/{(string?)resource["id"]}";

    private static void LinkOrganization(JsonObject org, Uri origin)
    {
        string slug = (string?)org["slug"] ?? (string?)org["id"] ?? "";
        org["uri"] = $"{origin}api/1/organizations/{slug}/";
        org["page"] = $"{origin}organizations/{slug}/";
    }
}

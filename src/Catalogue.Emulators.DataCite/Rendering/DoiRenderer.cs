using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Emulators.DataCite.Rendering;

/// <summary>Response-shape switches of lupo's serializer (CONTRACT.md §3).</summary>
internal sealed record RenderFlags(bool PublisherObject, bool AffiliationObjects, bool Detail, bool IncludeClient);

/// <summary>
/// Renders stored DOIs the way <c>datacite_doi_serializer.rb</c> does: single GETs carry every attribute,
/// lists drop the detail-only ones; publisher and affiliations are bare names unless asked for objects.
/// </summary>
internal static class DoiRenderer
{
    private static readonly string[] DetailOnly =
        ["xml", "alternateIdentifiers", "prefix", "suffix", "viewsOverTime", "downloadsOverTime", "citationsOverTime", "landingPage"];

    public static JsonObject Single(StoredDoi doi, EmulatedRepository? repo, RenderFlags flags)
    {
        var document = new JsonObject
        {
            ["data"] = Resource(doi.Doi, doi.ClientId, doi.Attributes, doi.Relationships, repo, flags with { Detail = true }),
        };
        if (flags.IncludeClient && repo is not null) document["included"] = new JsonArray(RepositoryRenderer.Resource(repo));
        return document;
    }

    public static JsonObject Resource(string doi, string clientId, JsonObject stored, JsonObject? seededRelationships,
        EmulatedRepository? repo, RenderFlags flags)
    {
        var attributes = (JsonObject)stored.DeepClone();
        if (!flags.Detail) foreach (string key in DetailOnly) attributes.Remove(key);
        attributes["publisher"] = PublisherShape(attributes["publisher"], flags.PublisherObject);
        foreach (string key in new[] { "creators", "contributors" })
            if (attributes[key] is JsonArray people)
                foreach (JsonObject person in people.OfType<JsonObject>())
                    if (person["affiliation"] is JsonArray affiliations)
                        person["affiliation"] = AffiliationShape(affiliations, flags.AffiliationObjects);

        JsonObject relationships = flags.Detail
            ? (JsonObject?)seededRelationships?.DeepClone() ?? Relationships(doi, clientId, repo)
            : new JsonObject { ["client"] = Ref(clientId, "clients") };
        return new JsonObject
        {
            ["id"] = doi,
            ["type"] = "dois",
            ["attributes"] = attributes,
            ["relationships"] = relationships,
        };
    }

    private static JsonNode? PublisherShape(JsonNode? publisher, bool asObject) => publisher switch
    {
        JsonObject o when !asObject => o["name"]?.DeepClone(),
        JsonValue v when asObject && v.GetValueKind() == JsonValueKind.String => new JsonObject { ["name"] = v.GetValue<string>() },
        _ => publisher?.DeepClone(),
    };

    private static JsonArray AffiliationShape(JsonArray affiliations, bool asObjects) =>
        new(affiliations.Select(a => a switch
        {
            JsonObject o when !asObjects => o["name"]?.DeepClone(),
            JsonValue v when asObjects => new JsonObject { ["name"] = v.ToString() },
            _ => a?.DeepClone(),
        }).ToArray());

    private static JsonObject Relationships(string doi, string clientId, EmulatedRepository? repo) => new()
    {
        ["client"] = Ref(clientId, "clients"),
        ["provider"] = Ref(repo?.ProviderId ?? clientId.Split('.')[0], "providers"),
        ["media"] = Ref(doi, "media"),
        ["references"] = Empty(), ["citations"] = Empty(), ["parts"] = Empty(),
        ["partOf"] = Empty(), ["versions"] = Empty(), ["versionOf"] = Empty(),
    };

    internal static JsonObject Ref(string id, string type) => new() { ["data"] = new JsonObject { ["id"] = id, ["type"] = type } };

    private static JsonObject Empty() => new() { ["data"] = new JsonArray() };
}

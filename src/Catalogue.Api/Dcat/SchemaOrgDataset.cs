using System.Text.Json.Nodes;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Api.Dcat;

/// <summary>The schema.org Dataset description search engines read from a landing page (Google Dataset Search).</summary>
public static class SchemaOrgDataset
{
    public static JsonObject Build(DatasetRecord r, Organization? publisher, string datasetUrl)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "Dataset",
            ["@id"] = datasetUrl,
            ["url"] = datasetUrl,
            ["identifier"] = r.Identifier,
            ["name"] = r.Title.Get("fr") ?? "",
            ["description"] = r.Description.Get("fr") ?? "",
            ["keywords"] = new JsonArray(r.Keywords.AllValues.Select(k => (JsonNode)k).ToArray()),
            ["isAccessibleForFree"] = r.AccessRights == AccessLevel.Public,
        };
        if (r.Version is not null) json["version"] = r.Version;
        if (r.Issued is { } issued) json["datePublished"] = issued.ToString("yyyy-MM-dd");
        json["dateModified"] = r.ModifiedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        if (r.Licenses.Count > 0 && LicenceTable.Find(r.Licenses[0]) is { } licence) json["license"] = licence.Url;
        if (publisher is not null) json["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name, ["url"] = publisher.Homepage };
        if (r.Creators.Count > 0)
            json["creator"] = new JsonArray(r.Creators.Select(c => (JsonNode)new JsonObject { ["@type"] = c.IsPerson ? "Person" : "Organization", ["name"] = c.Name }).ToArray());
        if (r.TemporalCoverage.FirstOrDefault() is { } period)
            json["temporalCoverage"] = $"{period.Start?.ToString("yyyy-MM-dd") ?? ".."}/{period.End?.ToString("yyyy-MM-dd") ?? ".."}";
        if (r.SpatialCoverage.Count > 0)
            json["spatialCoverage"] = new JsonArray(r.SpatialCoverage.Select(SpatialTable.FindZone).OfType<Zone>()
                .Select(z => (JsonNode)new JsonObject { ["@type"] = "Place", ["name"] = z.Name }).ToArray());
        json["distribution"] = new JsonArray(r.Distributions.Where(d => d.Role != DistributionRole.Documentation).Select(d => (JsonNode)new JsonObject
        {
            ["@type"] = "DataDownload",
            ["name"] = d.Title.Get("fr"),
            ["contentUrl"] = d.DownloadUrl ?? d.AccessUrl,
            ["encodingFormat"] = d.MediaType ?? d.Format,
        }).ToArray());
        return json;
    }
}

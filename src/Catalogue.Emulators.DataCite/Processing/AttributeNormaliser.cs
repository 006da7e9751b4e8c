using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Emulators.DataCite.Processing;

/// <summary>
/// The rewrites lupo applies to incoming attributes before saving (CONTRACT.md §5.3): SPDX rights, alpha-2
/// language, no DOI alternate identifiers, subject strings to objects, numeric geo strings to numbers,
/// version as a string, publisher and affiliations stored as objects, single objects wrapped into arrays.
/// </summary>
internal static class AttributeNormaliser
{
    private sealed record Spdx(string Id, string Name, string Uri);

    // bolognese resources/spdx/licenses.json (first seeAlso URL) for the licences the catalogue uses.
    private static readonly Spdx[] Licences =
    [
        new("etalab-2.0", "Etalab Open License 2.0", "https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf"),
        new("cc-by-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/legalcode"),
        new("cc-by-sa-4.0", "Creative Commons Attribution Share Alike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/legalcode"),
        new("cc0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
        new("odbl-1.0", "Open Data Commons Open Database License v1.0", "http://www.opendatacommons.org/licenses/odbl/1.0/"),
        new("mit", "MIT License", "https://opensource.org/licenses/MIT"),
        new("apache-2.0", "Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
    ];

    /// <summary>Attributes whose value is a list; lupo wraps a single object into a one-item list.</summary>
    public static readonly HashSet<string> ListAttributes =
    [
        "creators", "titles", "subjects", "contributors", "dates", "identifiers", "alternateIdentifiers",
        "relatedIdentifiers", "relatedItems", "sizes", "formats", "rightsList", "descriptions", "geoLocations",
        "fundingReferences", "contentUrl",
    ];

    public static JsonNode? Normalise(string key, JsonNode? value)
    {
        if (value is null) return null;
        if (ListAttributes.Contains(key) && value is not JsonArray) value = new JsonArray(value.DeepClone());
        return key switch
        {
            "rightsList" => Map(value, NormaliseRights),
            "language" => NormaliseLanguage(value),
            "identifiers" => Filter(value, i => !IsDoiType(i?["identifierType"])),
            "subjects" => Map(value, s => s is JsonValue v ? new JsonObject { ["subject"] = v.ToString() } : s),
            "geoLocations" => Map(value, NumbersInGeoLocation),
            "version" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(v.ToJsonString()) : value,
            "publisher" => value is JsonValue p && p.GetValueKind() == JsonValueKind.String ? new JsonObject { ["name"] = p.GetValue<string>() } : value,
            "creators" or "contributors" => Map(value, NormaliseAffiliations),
            _ => value,
        };
    }

    /// <summary>lupo stores alternate identifiers as <c>identifiers</c> and answers both shapes.</summary>
    public static JsonArray ToIdentifiers(JsonNode? alternateIdentifiers) =>
        new((alternateIdentifiers as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => !IsDoiType(a["alternateIdentifierType"]))
            .Select(a => (JsonNode)new JsonObject
            {
                ["identifier"] = a["alternateIdentifier"]?.DeepClone(),
                ["identifierType"] = a["alternateIdentifierType"]?.DeepClone(),
            }).ToArray());

    public static JsonArray ToAlternateIdentifiers(JsonNode? identifiers) =>
        new((identifiers as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(i => (JsonNode)new JsonObject
            {
                ["alternateIdentifier"] = i["identifier"]?.DeepClone(),
                ["alternateIdentifierType"] = i["identifierType"]?.DeepClone(),
            }).ToArray());

    /// <summary>lupo's <c>update_types</c>: fills the citation-format types from resourceTypeGeneral.</summary>
    public static void CompleteTypes(JsonObject types)
    {
        string? general = types["resourceTypeGeneral"]?.GetValue<string>();
        if (general is null) return;
        (string schemaOrg, string citeproc, string bibtex, string ris) = general switch
        {
            "Dataset" => ("Dataset", "dataset", "misc", "DATA"),
            "Software" => ("SoftwareSourceCode", "article", "misc", "COMP"),
            "Text" => ("ScholarlyArticle", "article-journal", "article", "RPRT"),
            "Collection" => ("Collection", "article", "misc", "GEN"),
            "Image" => ("ImageObject", "graphic", "misc", "FIGURE"),
            _ => ("CreativeWork", "article", "misc", "GEN"),
        };
        types["schemaOrg"] ??= schemaOrg;
        types["citeproc"] ??= citeproc;
        types["bibtex"] ??= bibtex;
        types["ris"] ??= ris;
    }

    private static JsonNode NormaliseRights(JsonNode? item)
    {
        if (item is not JsonObject r) return item?.DeepClone() ?? new JsonObject();
        string? id = r["rightsIdentifier"]?.ToString();
        string? name = r["rights"]?.ToString();
        Spdx? licence = Licences.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase))
                        ?? Licences.FirstOrDefault(l => l.Name == name);
        if (licence is null)
        {
            var kept = (JsonObject)r.DeepClone();
            if (id is not null) kept["rightsIdentifier"] = id.ToLowerInvariant();
            return kept;
        }
        var normalised = new JsonObject
        {
            ["rights"] = licence.Name,
            ["rightsUri"] = licence.Uri,
            ["schemeUri"] = "https://spdx.org/licenses/",
            ["rightsIdentifier"] = licence.Id,
            ["rightsIdentifierScheme"] = "SPDX",
        };
        if (r["lang"] is { } lang) normalised["lang"] = lang.DeepClone();
        return normalised;
    }

    private static JsonNode? NormaliseLanguage(JsonNode value)
    {
        string text = value.ToString().Trim();
        if (text.Length == 0) return null;
        string primary = text.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "fra" or "fre" or "french" => "fr",
            "eng" or "english" => "en",
            "deu" or "ger" or "german" => "de",
            "spa" or "spanish" => "es",
            "ita" or "italian" => "it",
            _ when primary.Length == 2 => primary,
            _ => text,
        };
    }

    private static JsonNode NumbersInGeoLocation(JsonNode? item)
    {
        if (item is not JsonObject g) return item?.DeepClone() ?? new JsonObject();
        var copy = (JsonObject)g.DeepClone();
        foreach (string key in new[] { "geoLocationPoint", "geoLocationBox" })
        {
            if (copy[key] is not JsonObject inner) continue;
            foreach (string field in inner.Select(p => p.Key).ToList())
                if (inner[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                    && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                    inner[field] = d;
        }
        return copy;
    }

    private static JsonNode NormaliseAffiliations(JsonNode? person)
    {
        if (person is not JsonObject p) return person?.DeepClone() ?? new JsonObject();
        var copy = (JsonObject)p.DeepClone();
        if (copy["affiliation"] is JsonNode affiliation)
        {
            JsonArray list = affiliation as JsonArray ?? new JsonArray(affiliation.DeepClone());
            copy["affiliation"] = new JsonArray(list.Select(a => a is JsonValue v
                ? (JsonNode)new JsonObject { ["name"] = v.ToString() }
                : a!.DeepClone()).ToArray());
        }
        return copy;
    }

    private static JsonArray Map(JsonNode value, Func<JsonNode?, JsonNode?> map) =>
        new(value.AsArray().Select(i => map(i) is { } r && r.Parent is not null ? r.DeepClone() : map(i)).ToArray());

    private static JsonArray Filter(JsonNode value, Func<JsonNode?, bool> keep) =>
        new(value.AsArray().Where(keep).Select(i => i?.DeepClone()).ToArray());

    private static bool IsDoiType(JsonNode? type) => string.Equals(type?.ToString(), "DOI", StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.Emulators.Udata;

/// <summary>Vocabulary endpoints: licences, frequencies, resource types, extensions, granularities, zones.</summary>
internal static class ReferenceApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/datasets/licenses/", () =>
            Replies.Json(new JsonArray(UdataVocabularies.Licenses.Select(l => (JsonNode)UdataVocabularies.LicenseJson(l)).ToArray())));
        api.MapGet("/datasets/frequencies/", (HttpContext http) => Replies.Json(new JsonArray(UdataVocabularies.Frequencies
            .Select(f => (JsonNode)new JsonObject { ["id"] = f, ["label"] = UdataVocabularies.FrequencyLabel(f, http.Request.Query["lang"]) }).ToArray())));
        api.MapGet("/datasets/resource_types/", () => Replies.Json(new JsonArray(UdataVocabularies.ResourceTypes
            .Select(t => (JsonNode)new JsonObject { ["id"] = t.Id, ["label"] = t.Label }).ToArray())));
        api.MapGet("/datasets/extensions/", () => Replies.Json(new JsonArray(UdataVocabularies.Extensions.Select(e => (JsonNode)e).ToArray())));
        api.MapGet("/spatial/granularities/", (HttpContext http) => Replies.Json(new JsonArray(UdataVocabularies.Granularities
            .Select(g => (JsonNode)new JsonObject { ["id"] = g.Id, ["name"] = http.Request.Query["lang"] == "fr" ? g.FrenchName : g.Name }).ToArray())));
        api.MapGet("/spatial/zones/suggest/", SuggestZones);
    }

    private static IResult SuggestZones(HttpContext http)
    {
        string query = Fold(http.Request.Query["q"].ToString());
        int size = int.TryParse(http.Request.Query["size"], NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : 10;
        Uri origin = Caller.Origin(http);
        var matches = UdataVocabularies.Zones
            .Where(z => query.Length == 0 || Fold(z.Name).Contains(query) || z.Code == query || Fold(z.Id) == query)
            .OrderBy(z => Fold(z.Name) == query ? 0 : 1) // exact names first: "france" → France before Île-de-France
            .Take(size)
            .Select(z => (JsonNode)new JsonObject
            {
                ["id"] = z.Id, ["name"] = z.Name, ["code"] = z.Code, ["level"] = z.Level,
                ["uri"] = $"{origin}api/1/spatial/zone/{z.Id}/",
            });
        return Replies.Json(new JsonArray(matches.ToArray()));
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (char c in text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString();
    }
}

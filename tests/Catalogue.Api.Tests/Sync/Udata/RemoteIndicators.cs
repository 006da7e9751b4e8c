using System.Text.Json.Nodes;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// Public data.gouv.fr datasets as an observatory publishes them (one CSV indicator each), for onboarding tests
/// that seed the emulator with many: the n-th is stamped <paramref name="start"/> + n minutes.
/// </summary>
public static class RemoteIndicators
{
    public static JsonObject Indicator(int n, string id, string udataOrg, string organizationName, string acronym, string title,
        DateTimeOffset start)
    {
        var stamp = start.AddMinutes(n).ToString("yyyy-MM-ddTHH:mm:ss.ffffff+00:00");
        return new JsonObject
        {
            ["id"] = id, ["title"] = $"{title} n°{n}", ["description"] = $"Indicateur {n} publié par l'observatoire.",
            ["acronym"] = null, ["private"] = false, ["deleted"] = null, ["archived"] = null,
            ["tags"] = new JsonArray(acronym, "sante"), ["license"] = "lov2", ["frequency"] = "annual",
            ["temporal_coverage"] = new JsonObject { ["start"] = "2020-01-01", ["end"] = null },
            ["spatial"] = new JsonObject { ["zones"] = new JsonArray("fr:region:93"), ["granularity"] = "fr:departement", ["geom"] = null },
            ["access_type"] = "open", ["extras"] = new JsonObject(), ["contact_points"] = new JsonArray(),
            ["organization"] = new JsonObject { ["id"] = udataOrg, ["name"] = organizationName },
            ["resources"] = new JsonArray(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(), ["title"] = $"indicateur-{n}.csv", ["type"] = "main", ["filetype"] = "remote",
                ["url"] = $"https://{acronym}.example.org/indicateur-{n}.csv", ["format"] = "csv", ["extras"] = new JsonObject(),
            }),
            ["created_at"] = stamp, ["last_modified"] = stamp, ["last_update"] = stamp,
            ["internal"] = new JsonObject { ["created_at_internal"] = stamp, ["last_modified_internal"] = stamp },
        };
    }
}

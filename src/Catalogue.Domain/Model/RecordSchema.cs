using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Catalogue.Domain.Model;

/// <summary>
/// The JSON Schema of the record's REST/storage shape, derived from the serialisation contract itself so it
/// cannot disagree with what the server reads and writes. Committed as schemas/dataset-record.schema.json.
/// </summary>
public static class RecordSchema
{
    public static JsonNode Build()
    {
        var schema = RecordJson.Context.Options.GetJsonSchemaAsNode(typeof(DatasetRecord), new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
        });
        var root = schema.AsObject();
        var ordered = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://catalogue.health-data-hub.fr/schemas/dataset-record.schema.json",
            ["title"] = "Health dataset catalogue record",
        };
        foreach (var (k, v) in root.ToList()) { root.Remove(k); ordered[k] = v; }
        return ordered;
    }

    public static string Print() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}

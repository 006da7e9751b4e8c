using System.Text.Json.Nodes;
using Catalogue.Domain.Model;

namespace Catalogue.Domain.Mappings;

/// <summary>Data dictionary table → Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/).</summary>
public static class TableSchemaMapping
{
    public static JsonObject ToTableSchema(DataTable table, string lang = "fr")
    {
        var fields = new JsonArray();
        foreach (var v in table.Variables)
        {
            var field = new JsonObject { ["name"] = v.Name, ["type"] = v.Type };
            if (v.Title.Get(lang) is { } title) field["title"] = title;
            if (v.Description.Get(lang) is { } description) field["description"] = description;
            if (v.Unit is not null) field["unit"] = v.Unit;
            if (v.PropertyUrl is not null) field["rdfType"] = v.PropertyUrl;
            if (v.CodeList.Count > 0)
                field["constraints"] = new JsonObject { ["enum"] = new JsonArray(v.CodeList.Select(c => (JsonNode)JsonValue.Create(c.Code)!).ToArray()) };
            if (v.CodingSystem is not null) field["codingSystem"] = v.CodingSystem;
            fields.Add(field);
        }
        var schema = new JsonObject { ["fields"] = fields };
        var missing = table.Variables.SelectMany(v => v.MissingValues).Distinct().ToArray();
        if (missing.Length > 0) schema["missingValues"] = new JsonArray(missing.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray());
        return schema;
    }
}

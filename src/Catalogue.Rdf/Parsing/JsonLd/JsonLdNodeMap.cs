using System.Text.Json.Nodes;
using static Catalogue.Rdf.Parsing.JsonLd.JsonLdKeywords;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>Node Map Generation (§7.2): flattens expanded JSON-LD into graph → subject → node, relabelling blank nodes.</summary>
internal sealed class JsonLdNodeMap
{
    private readonly Dictionary<string, string> _blankNodes = new(StringComparer.Ordinal);
    private int _counter;

    /// <summary>Graph name ("@default" for the default graph) → subject → node object, in insertion order.</summary>
    public Dictionary<string, Dictionary<string, JsonObject>> Graphs { get; } = new(StringComparer.Ordinal)
    {
        ["@default"] = new(StringComparer.Ordinal),
    };

    public string BlankNodeId(string? existing)
    {
        if (existing is null) return "_:b" + _counter++;
        if (!_blankNodes.TryGetValue(existing, out var id))
            _blankNodes[existing] = id = "_:b" + _counter++;
        return id;
    }

    public void Generate(JsonNode? element, string activeGraph = "@default", JsonNode? activeSubject = null,
        string? activeProperty = null, JsonObject? list = null)
    {
        if (element is JsonArray array)
        {
            foreach (var item in array) Generate(item, activeGraph, activeSubject, activeProperty, list);
            return;
        }
        if (element is not JsonObject obj) return;
        if (!Graphs.TryGetValue(activeGraph, out var graph)) Graphs[activeGraph] = graph = new(StringComparer.Ordinal);
        JsonObject? subjectNode = activeSubject is JsonValue s ? graph[s.GetValue<string>()] : null;

        if (obj.TryGetPropertyValue("@type", out var typesNode))
        {
            if (typesNode is JsonArray typeArray)
            {
                var relabelled = new JsonArray();
                foreach (var t in typeArray) relabelled.Add(Relabel(t));
                obj["@type"] = relabelled;
            }
            else obj["@type"] = Relabel(typesNode);
        }

        if (obj.ContainsKey("@value"))
        {
            if (list is null) AddUnique(subjectNode!, activeProperty!, obj);
            else ((JsonArray)list["@list"]!).Add(obj.DeepClone());
            return;
        }
        if (obj.TryGetPropertyValue("@list", out var listItems))
        {
            var result = new JsonObject { ["@list"] = new JsonArray() };
            Generate(listItems, activeGraph, activeSubject, activeProperty, result);
            if (list is null) AddValue(subjectNode!, activeProperty!, result);
            else ((JsonArray)list["@list"]!).Add(result);
            return;
        }

        // An @id that expanded to null (e.g. "@ignoreMe") names nothing, so the node is dropped.
        if (obj.TryGetPropertyValue("@id", out var idNode) && idNode is null) return;
        var id = AsString(idNode);
        id = id is null ? BlankNodeId(null) : IsBlankNodeId(id) ? BlankNodeId(id) : id;
        if (!graph.TryGetValue(id, out var node)) graph[id] = node = new JsonObject { ["@id"] = id };

        if (activeSubject is JsonObject reverseSubject)
            AddUnique(node, activeProperty!, reverseSubject);
        else if (activeProperty is not null)
        {
            var reference = new JsonObject { ["@id"] = id };
            if (list is null) AddUnique(subjectNode!, activeProperty, reference);
            else ((JsonArray)list["@list"]!).Add(reference);
        }

        if (obj["@type"] is { } types)
            foreach (var type in Items(types)) AddUnique(node, "@type", type);
        if (obj.TryGetPropertyValue("@index", out var index))
        {
            if (node.TryGetPropertyValue("@index", out var existing) && !JsonNode.DeepEquals(existing, index))
                throw new JsonLdException("conflicting indexes");
            node["@index"] = index?.DeepClone();
        }
        if (obj["@reverse"] is JsonObject reverseMap)
        {
            var referenced = new JsonObject { ["@id"] = id };
            foreach (var (property, values) in reverseMap)
                foreach (var value in Items(values))
                    Generate(value, activeGraph, referenced, property);
        }
        if (obj.TryGetPropertyValue("@graph", out var nested)) Generate(nested, id);
        if (obj.TryGetPropertyValue("@included", out var included)) Generate(included, activeGraph);

        foreach (var (key, value) in obj.ToList())
        {
            if (key is "@id" or "@type" or "@index" or "@reverse" or "@graph" or "@included") continue;
            var property = IsBlankNodeId(key) ? BlankNodeId(key) : key;
            if (!node.ContainsKey(property)) node[property] = new JsonArray();
            Generate(value, activeGraph, JsonValue.Create(id), property);
        }
    }

    private JsonNode? Relabel(JsonNode? type) =>
        AsString(type) is { } t && IsBlankNodeId(t) ? JsonValue.Create(BlankNodeId(t)) : type?.DeepClone();

    private static void AddUnique(JsonObject target, string key, JsonNode? value)
    {
        if (target[key] is JsonArray existing && existing.Any(e => JsonNode.DeepEquals(e, value))) return;
        AddValue(target, key, value);
    }
}

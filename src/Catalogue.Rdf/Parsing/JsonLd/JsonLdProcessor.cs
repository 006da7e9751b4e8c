using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>Entry points of the JSON-LD 1.1 API that we implement: expand and toRdf.</summary>
public static class JsonLdProcessor
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    public static JsonNode? ParseJson(TextReader input)
    {
        try
        {
            return JsonNode.Parse(input.ReadToEnd(), documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new JsonLdException("loading document failed", e.Message);
        }
    }

    /// <summary>Expands a JSON-LD document; the result is always an array of node objects.</summary>
    public static JsonArray Expand(JsonNode? input, JsonLdOptions? options = null)
    {
        options ??= new JsonLdOptions();
        var contexts = new JsonLdContextProcessor(options);
        var active = new JsonLdContext(options.Base);
        if (options.ExpandContext is { } expandContext)
        {
            var context = expandContext is JsonObject o && o.ContainsKey("@context") ? o["@context"] : expandContext;
            active = contexts.Process(active, context, options.Base);
        }
        var expanded = new JsonLdExpander(options, contexts).Expand(active, null, input, options.Base);
        if (expanded is JsonObject single && single.Count == 1 && single.TryGetPropertyValue("@graph", out var graph))
            expanded = graph;
        return expanded switch
        {
            null => new JsonArray(),
            JsonArray array => array,
            _ => new JsonArray(expanded),
        };
    }

    public static JsonArray Expand(TextReader input, JsonLdOptions? options = null) => Expand(ParseJson(input), options);

    /// <summary>Expands the document and pushes its quads (named graphs included) to the sink.</summary>
    public static void ToRdf(JsonNode? input, IRdfSink sink, JsonLdOptions? options = null)
    {
        options ??= new JsonLdOptions();
        var expanded = Expand(input, options);
        var nodeMap = new JsonLdNodeMap();
        nodeMap.Generate(expanded);
        new JsonLdToRdf(options, nodeMap, sink).Run();
    }
}

using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Parsing.JsonLd;

/// <summary>The JsonLdOptions of the JSON-LD 1.1 API that expansion and toRdf use.</summary>
public sealed record JsonLdOptions
{
    /// <summary>Base IRI of the document; relative IRIs are resolved against it.</summary>
    public string? Base { get; init; }

    /// <summary>A context applied before the document's own (the expandContext option).</summary>
    public JsonNode? ExpandContext { get; init; }

    public IJsonLdDocumentLoader DocumentLoader { get; init; } = NoNetworkDocumentLoader.Instance;

    /// <summary>"json-ld-1.1" (default) or "json-ld-1.0".</summary>
    public string ProcessingMode { get; init; } = "json-ld-1.1";

    /// <summary>null (drop @direction), "i18n-datatype" or "compound-literal".</summary>
    public string? RdfDirection { get; init; }

    /// <summary>Sort keys while expanding, giving stable output (the "ordered" flag).</summary>
    public bool Ordered { get; init; }

    internal bool IsJsonLd10 => ProcessingMode == "json-ld-1.0";
}

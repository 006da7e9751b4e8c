using System.Text.Json.Nodes;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Options of <see cref="JsonLdWriter"/>: the prefixes used for compact IRIs (as <see cref="RdfWriterOptions"/>), and the
/// context to emit: a URL, an inline object, both, or neither (then the prefixes alone form the context).
/// </summary>
public sealed record JsonLdWriterOptions
{
    public PrefixMap Prefixes { get; init; } = new();
    public string? ContextUrl { get; init; }
    public JsonObject? InlineContext { get; init; }
    public bool Indented { get; init; } = true;
    public bool CloseOutput { get; init; }

    public static JsonLdWriterOptions Default { get; } = new();

    /// <summary>The JSON-LD options matching the shared writer options (same prefixes and output ownership).</summary>
    public static JsonLdWriterOptions From(RdfWriterOptions options, string? contextUrl = null, JsonObject? inlineContext = null) =>
        new() { Prefixes = options.Prefixes, CloseOutput = options.CloseOutput, ContextUrl = contextUrl, InlineContext = inlineContext };
}

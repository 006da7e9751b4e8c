using Catalogue.Rdf.Parsing.JsonLd;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Reads JSON-LD 1.1 into quads (expansion + Deserialize JSON-LD to RDF). Remote contexts are fetched only through
/// <see cref="JsonLdOptions.DocumentLoader"/>; the default loader refuses the network.
/// Errors surface as <see cref="RdfParseException"/> whose message starts with the JSON-LD error code.
/// </summary>
public sealed class JsonLdParser(JsonLdOptions? options = null)
{
    private readonly JsonLdOptions _options = options ?? new JsonLdOptions();

    public void Parse(TextReader input, IRdfSink sink, string? baseIri = null)
    {
        try
        {
            var options = baseIri is null ? _options : _options with { Base = baseIri };
            JsonLdProcessor.ToRdf(JsonLdProcessor.ParseJson(input), sink, options);
        }
        catch (JsonLdException e)
        {
            throw new RdfParseException(e.Message);
        }
    }

    public void Parse(Stream input, IRdfSink sink, string? baseIri = null)
    {
        using var reader = new StreamReader(input, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        Parse(reader, sink, baseIri);
    }
}

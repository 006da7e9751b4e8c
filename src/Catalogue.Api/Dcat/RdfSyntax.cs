using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;

namespace Catalogue.Api.Dcat;

/// <summary>The four RDF syntaxes the feeds speak: media type, file suffix, a streaming writer and a parser for each.</summary>
public sealed record RdfSyntax(string Name, string MediaType, string Extension)
{
    public static readonly RdfSyntax Turtle = new("turtle", "text/turtle", "ttl");
    public static readonly RdfSyntax JsonLd = new("jsonld", "application/ld+json", "jsonld");
    public static readonly RdfSyntax RdfXml = new("rdfxml", "application/rdf+xml", "rdf");
    public static readonly RdfSyntax NTriples = new("ntriples", "application/n-triples", "nt");

    /// <summary>In the server's order of preference, which breaks ties between equally acceptable types.</summary>
    public static readonly IReadOnlyList<RdfSyntax> All = [Turtle, JsonLd, RdfXml, NTriples];

    public string ContentType => MediaType + "; charset=utf-8";

    public static RdfSyntax? FromExtension(string extension) => All.FirstOrDefault(s => s.Extension == extension.TrimStart('.'));

    /// <summary>The syntax of a request body by its Content-Type (common aliases included).</summary>
    public static RdfSyntax? FromContentType(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/turtle" or "application/x-turtle" or "text/n3" => Turtle,
            "application/ld+json" or "application/json" => JsonLd,
            "application/rdf+xml" or "application/xml" or "text/xml" => RdfXml,
            "application/n-triples" or "text/plain" => NTriples,
            _ => null,
        };
    }

    /// <summary>A writer over <paramref name="output"/>: an <see cref="IRdfSink"/> whose Flush/Dispose the caller drives.</summary>
    public RdfStreamWriter CreateWriter(Stream output, string? contextUrl)
    {
        var options = new RdfWriterOptions { Prefixes = DcatVocabulary.Prefixes() };
        if (this == Turtle) { var w = new TurtleWriter(output, options); return new(w, w.Flush, w.Dispose); }
        if (this == JsonLd) { var w = new JsonLdWriter(output, JsonLdWriterOptions.From(options, contextUrl)); return new(w, w.Flush, w.Dispose); }
        if (this == RdfXml) { var w = new RdfXmlWriter(output, options); return new(w, w.Flush, w.Dispose); }
        var nt = new NTriplesWriter(output, options);
        return new(nt, nt.Flush, nt.Dispose);
    }

    public void Parse(Stream input, IRdfSink sink, string? baseIri)
    {
        if (this == Turtle) new TurtleParser().Parse(input, sink, baseIri);
        else if (this == JsonLd) new JsonLdParser(new Catalogue.Rdf.Parsing.JsonLd.JsonLdOptions { Base = baseIri, DocumentLoader = OwnContextLoader.Instance }).Parse(input, sink, baseIri);
        else if (this == RdfXml) new RdfXmlParser().Parse(input, sink, baseIri);
        else new NTriplesParser().Parse(new StreamReader(input), sink, baseIri);
    }
}

/// <summary>A writer of any syntax, reduced to what streaming needs.</summary>
public sealed record RdfStreamWriter(IRdfSink Sink, Action Flush, Action Complete);

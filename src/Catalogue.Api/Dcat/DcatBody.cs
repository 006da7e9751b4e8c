using Catalogue.Api.Services;
using Catalogue.Rdf.Model;

namespace Catalogue.Api.Dcat;

/// <summary>Reads an uploaded RDF document into a graph; any syntax error is the client's 400, never a 500.</summary>
public static class DcatBody
{
    public const long MaxBytes = 64L << 20;

    public static async Task<Graph> ReadAsync(HttpRequest request, RdfSyntax syntax, string baseIri, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes) throw new BadRequestException("$", $"The document is larger than {MaxBytes >> 20} MB.");
        buffer.Position = 0;
        var graph = new Graph();
        try
        {
            syntax.Parse(buffer, graph, baseIri);
        }
        catch (Exception) when (syntax == RdfSyntax.RdfXml && RdfXmlLeniency.DropTextBesideResource(buffer) is { } cleaned)
        {
            graph = new Graph();
            Parse(new MemoryStream(cleaned), syntax, graph, baseIri);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Refused(syntax, e);
        }
        return graph;
    }

    private static void Parse(Stream input, RdfSyntax syntax, Graph graph, string baseIri)
    {
        try
        {
            syntax.Parse(input, graph, baseIri);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Refused(syntax, e);
        }
    }

    private static BadRequestException Refused(RdfSyntax syntax, Exception e) =>
        // Parsers are pure functions of the bytes: whatever they throw describes the document, not the server.
        new("$", $"The {syntax.Name} document could not be parsed: {e.Message}");
}

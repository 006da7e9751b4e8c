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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Parsers are pure functions of the bytes: whatever they throw describes the document, not the server.
            throw new BadRequestException("$", $"The {syntax.Name} document could not be parsed: {e.Message}");
        }
        return graph;
    }
}

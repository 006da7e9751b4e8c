namespace Catalogue.Api.Dcat;

/// <summary>
/// Streams an RDF document. A failure before the first byte becomes the usual problem response; a failure after it
/// aborts the connection, so a harvester sees a broken transfer, never a short 200 it would read as "the rest was deleted".
/// </summary>
public sealed class RdfStreamResult(RdfSyntax syntax, string contextUrl, Func<RdfResponse, CancellationToken, Task> write, int status = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.StatusCode = status;
        http.Response.ContentType = syntax.ContentType;
        http.Response.Headers.Vary = "Accept";
        await using var output = new RdfResponse(http.Response, syntax, contextUrl);
        try
        {
            await write(output, ct);
            await output.CompleteAsync(ct);
        }
        catch (Exception e) when (http.Response.HasStarted && e is not OperationCanceledException)
        {
            http.RequestServices.GetRequiredService<ILogger<RdfStreamResult>>().LogError(e, "Feed {Path} failed mid-stream; aborting", http.Request.Path);
            http.Abort();
        }
    }
}

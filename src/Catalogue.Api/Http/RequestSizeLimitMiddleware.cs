using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Http;

public sealed class RequestLimitOptions
{
    /// <summary>Largest request body accepted, in bytes (10 MB); DCAT imports get <see cref="MaxImportBodyBytes"/>.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxImportBodyBytes { get; set; } = 100 * 1024 * 1024;
}

/// <summary>
/// Refuses an oversized body with 413 problem+json before anything reads it, whatever the server (Kestrel
/// enforces its own limit too; this also covers hosts that do not, and answers in the API's error shape).
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<RequestLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        var limit = http.Request.Path.StartsWithSegments("/api/v1/import") ? options.Value.MaxImportBodyBytes : options.Value.MaxBodyBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = 413, Title = "Payload too large", Detail = $"The body is at most {limit} bytes." },
            });
            return;
        }
        await next(http);
    }
}

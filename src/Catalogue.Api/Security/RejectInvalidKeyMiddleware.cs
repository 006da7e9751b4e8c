using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Security;

/// <summary>
/// A request that presents a key which does not authenticate is refused with 401, even on a public read:
/// silently serving it as anonymous would hide a revoked or mistyped key from its owner.
/// </summary>
public sealed class RejectInvalidKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        var presented = http.Request.Headers.ContainsKey("X-Api-Key")
            || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (presented && http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = 401, Title = "Unauthorized", Detail = "The API key is unknown, malformed or revoked." },
            });
            return;
        }
        await next(http);
    }
}

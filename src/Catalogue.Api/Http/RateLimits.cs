using System.Threading.RateLimiting;
using Catalogue.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Catalogue.Api.Http;

public sealed class RateLimitOptions
{
    /// <summary>Writes per minute per key (or per address for anonymous callers).</summary>
    public int WritesPerMinute { get; set; } = 600;
}

/// <summary>Rate limiting on writes, per caller, answered with a problem body and Retry-After.</summary>
public static class RateLimits
{
    public const string Writes = "writes";

    private static int Limit(HttpContext http) =>
        http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value.WritesPerMinute;

    public static IServiceCollection AddCatalogueRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(Writes, http => RateLimitPartition.GetFixedWindowLimiter(
                Caller.From(http.User) is { IsAuthenticated: true } c ? "key:" + c.Name : "ip:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limit(http), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                await ctx.HttpContext.Response.WriteAsJsonAsync(new ProblemDetails { Status = 429, Title = "Too many requests", Detail = $"At most {Limit(ctx.HttpContext)} writes per minute." },
                    (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
            };
        });
    }
}

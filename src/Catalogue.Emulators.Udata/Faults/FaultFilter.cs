using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>Applies <see cref="UdataEmulatorFaults"/> to every API endpoint before its handler runs.</summary>
internal static partial class FaultFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, UdataEmulatorFaults faults)
    {
        HttpContext http = context.HttpContext;
        faults.Requests.Enqueue(new EmulatorRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? ""));
        FaultDecision decision = faults.Decide();
        if (decision.Latency > TimeSpan.Zero) await Task.Delay(decision.Latency, http.RequestAborted);

        switch (decision.Kind)
        {
            case FaultKind.Reset:
                await ResetMidBodyAsync(http);
                return Results.Empty;
            case FaultKind.Status:
                return Replies.Message(decision.Status, decision.Status switch
                {
                    502 => "Bad Gateway",
                    503 => "Service Unavailable",
                    504 => "Gateway Timeout",
                    _ => "Internal Server Error",
                });
            case FaultKind.RateLimit:
                http.Response.Headers.RetryAfter = decision.RetryAfterAsDate
                    ? DateTimeOffset.UtcNow.Add(decision.RetryAfter).ToString("R", CultureInfo.InvariantCulture)
                    : ((int)Math.Ceiling(decision.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return Replies.Message(429, "Too Many Requests");
            case FaultKind.ReadOnlyMode when IsBlocklisted(http.Request):
                return Replies.Message(423, "Due to security reasons, the creation of new content is currently disabled.");
            default:
                return await next(context);
        }
    }

    /// <summary>udata's <c>METHOD_BLOCKLIST</c>: creating datasets and resources, and both upload endpoints.</summary>
    private static bool IsBlocklisted(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && BlocklistedPost().IsMatch(request.Path.Value ?? "");

    /// <summary>Promises a longer body than it sends, then drops the connection.</summary>
    private static async Task ResetMidBodyAsync(HttpContext http)
    {
        byte[] partial = Encoding.UTF8.GetBytes("{\"data\": [{\"id\": \"");
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = 4096;
        await http.Response.Body.WriteAsync(partial);
        await http.Response.Body.FlushAsync();
        http.Abort();
    }

    [GeneratedRegex(@"/api/1/datasets/(([^/]+/(resources/|upload/|resources/[^/]+/upload/))|)$")]
    private static partial Regex BlocklistedPost();
}

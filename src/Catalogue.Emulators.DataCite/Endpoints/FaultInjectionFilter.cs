using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary>Applies <see cref="DataCiteEmulatorFaults"/> to every public API route before its handler runs.</summary>
internal sealed class FaultInjectionFilter(DataCiteEmulatorState state) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        state.CountRequest();
        DataCiteEmulatorFaults faults = state.Faults;
        if (faults.Latency > TimeSpan.Zero) await Task.Delay(faults.Latency, context.HttpContext.RequestAborted);
        switch (faults.Take())
        {
            case 429:
                // DataCite's firewall answers without a JSON:API body; Retry-After is what clients can use.
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Ceiling(faults.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.Text("Rate limit exceeded", "text/plain", statusCode: 429);
            case { } status:
                return HttpHelpers.Errors([new JsonObject { ["status"] = status.ToString(CultureInfo.InvariantCulture), ["title"] = "Service unavailable" }], status);
            default:
                return await next(context);
        }
    }
}

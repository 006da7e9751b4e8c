using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary>
/// Test controls under <c>/_emulator</c> (not part of DataCite): faults, index flush, Fabrica edits,
/// usage counts and seeding recorded documents.
/// </summary>
internal static class ControlEndpoints
{
    public static IResult GetFaults(DataCiteEmulatorState state) => HttpHelpers.Json(Describe(state.Faults));

    /// <summary>Body: <c>{"status429":n,"retryAfterSeconds":s,"serverErrors":n,"serverErrorStatus":503,"latencyMs":ms}</c>.</summary>
    public static async Task<IResult> SetFaults(HttpContext context, DataCiteEmulatorState state)
    {
        if (await HttpHelpers.ReadJsonAsync(context.Request) is not JsonObject body) return HttpHelpers.Error(400, "Expected a JSON object.");
        DataCiteEmulatorFaults faults = state.Faults;
        if (body["status429"]?.GetValue<int>() is { } tooMany)
            faults.FailNextWith429(tooMany, body["retryAfterSeconds"]?.GetValue<double>() is { } r ? TimeSpan.FromSeconds(r) : null);
        if (body["serverErrors"]?.GetValue<int>() is { } errors)
            faults.FailNextWithServerError(errors, body["serverErrorStatus"]?.GetValue<int>() ?? 503);
        if (body["latencyMs"]?.GetValue<int>() is { } latency) faults.Latency = TimeSpan.FromMilliseconds(latency);
        return HttpHelpers.Json(Describe(faults));
    }

    public static IResult FlushIndex(DataCiteEmulatorState state)
    {
        state.FlushIndex();
        return Results.NoContent();
    }

    /// <summary><c>/_emulator/dois/{doi}/fabrica-edit</c> (body: attributes or a JSON:API document) and <c>/_emulator/dois/{doi}/counts</c>.</summary>
    public static async Task<IResult> DoiControl(string rest, HttpContext context, DataCiteEmulatorState state)
    {
        string path = HttpHelpers.DoiFromRoute(rest);
        JsonObject body = await HttpHelpers.ReadJsonAsync(context.Request) as JsonObject ?? [];
        if (path.EndsWith("/fabrica-edit", StringComparison.Ordinal))
        {
            JsonObject attributes = body["data"]?["attributes"] as JsonObject ?? body["attributes"] as JsonObject ?? body;
            EmulatorWriteResult result = state.FabricaEdit(path[..^"/fabrica-edit".Length], attributes);
            return HttpHelpers.Result(result, d => new JsonObject { ["data"] = new JsonObject { ["id"] = d.Doi, ["attributes"] = d.Attributes.DeepClone() } });
        }
        if (path.EndsWith("/counts", StringComparison.Ordinal))
        {
            bool found = state.SetCounts(path[..^"/counts".Length],
                body["viewCount"]?.GetValue<int>(), body["downloadCount"]?.GetValue<int>(), body["citationCount"]?.GetValue<int>());
            return found ? Results.NoContent() : HttpHelpers.NotFound();
        }
        return HttpHelpers.NotFound();
    }

    public static async Task<IResult> Seed(HttpContext context, DataCiteEmulatorState state)
    {
        if (await HttpHelpers.ReadJsonAsync(context.Request) is not JsonObject { } document || document["data"] is not JsonObject)
            return HttpHelpers.Error(400, "Expected a recorded single-DOI document.");
        state.Seed(document);
        return Results.NoContent();
    }

    private static JsonObject Describe(DataCiteEmulatorFaults f) => new()
    {
        ["status429"] = f.Pending429,
        ["retryAfterSeconds"] = f.RetryAfter.TotalSeconds,
        ["serverErrors"] = f.PendingServerErrors,
        ["serverErrorStatus"] = f.ServerErrorStatus,
        ["latencyMs"] = (int)f.Latency.TotalMilliseconds,
        ["injected"] = f.InjectedCount,
    };
}

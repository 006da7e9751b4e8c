using System.Text.Json.Nodes;
using Catalogue.Emulators.DataCite.Processing;
using Catalogue.Emulators.DataCite.Rendering;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary>Single-DOI routes of <c>datacite_dois_controller.rb</c> (CONTRACT.md §2).</summary>
internal static class DoiEndpoints
{
    public static async Task<IResult> CreateDoi(HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? repo = BasicAuth.Authenticate(context, state);
        (JsonObject? data, IResult? bad) = await ReadDataAsync(context.Request);
        if (bad is not null) return bad;
        if (repo is null) return HttpHelpers.Error(401, "Bad credentials.");
        JsonObject attributes = data!["attributes"] as JsonObject ?? [];
        lock (state.Gate)
        {
            EmulatorWriteResult result = state.Writer.Create(repo, attributes, data["id"]?.ToString());
            if (result.Stored is { } created) context.Response.Headers.Location = $"/dois/{created.Doi}";
            return HttpHelpers.Result(result, d => DoiRenderer.Single(d, repo, Flags(context.Request)));
        }
    }

    public static async Task<IResult> ValidateDoi(HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? repo = BasicAuth.Authenticate(context, state);
        (JsonObject? data, IResult? bad) = await ReadDataAsync(context.Request);
        if (bad is not null) return bad;
        if (repo is null) return HttpHelpers.Error(401, "Bad credentials.");
        lock (state.Gate)
        {
            (JsonObject? attributes, JsonArray errors) = state.Writer.ValidateOnly(data!["attributes"] as JsonObject ?? [], data["id"]?.ToString());
            if (attributes is null) return HttpHelpers.Json(new JsonObject { ["errors"] = errors });
            string doi = attributes["doi"]!.GetValue<string>();
            return HttpHelpers.Json(new JsonObject
            {
                ["data"] = DoiRenderer.Resource(doi, repo.Id.ToLowerInvariant(), attributes, null, repo, Flags(context.Request) with { Detail = true }),
            });
        }
    }

    public static async Task<IResult> UpdateDoi(string doi, HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? repo = BasicAuth.Authenticate(context, state);
        (JsonObject? data, IResult? bad) = await ReadDataAsync(context.Request);
        if (bad is not null) return bad;
        if (repo is null) return HttpHelpers.Error(401, "Bad credentials.");
        JsonObject attributes = data!["attributes"] as JsonObject ?? [];
        lock (state.Gate)
        {
            EmulatorWriteResult result = state.Writer.Upsert(repo, HttpHelpers.DoiFromRoute(doi), attributes);
            return HttpHelpers.Result(result, d => DoiRenderer.Single(d, repo, Flags(context.Request)));
        }
    }

    /// <summary>GET <c>/dois/{doi}</c> and <c>/dois/{doi}/activities</c> share the catch-all route.</summary>
    public static IResult GetDoi(string doi, HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? caller = BasicAuth.Authenticate(context, state);
        string id = HttpHelpers.DoiFromRoute(doi);
        bool activities = id.EndsWith("/activities", StringComparison.Ordinal);
        if (activities) id = id[..^"/activities".Length];
        lock (state.Gate)
        {
            if (!state.TryGet(id, out StoredDoi stored) || !Visible(stored, caller)) return HttpHelpers.NotFound();
            if (activities) return Activities(stored);
            state.Repositories.TryGetValue(stored.ClientId, out EmulatedRepository? owner);
            return HttpHelpers.Json(DoiRenderer.Single(stored, owner, Flags(context.Request)));
        }
    }

    public static IResult DeleteDoi(string doi, HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? repo = BasicAuth.Authenticate(context, state);
        if (repo is null) return HttpHelpers.Error(401, "Bad credentials.");
        lock (state.Gate)
        {
            if (!state.TryGet(HttpHelpers.DoiFromRoute(doi), out StoredDoi stored)) return HttpHelpers.NotFound();
            EmulatorWriteResult result = state.Writer.Delete(stored, repo);
            if (result.Status == 405) context.Response.Headers.Allow = "HEAD, GET, POST, PATCH, PUT, OPTIONS";
            return HttpHelpers.Result(result, _ => new JsonObject());
        }
    }

    public static IResult RandomDoi(HttpContext context)
    {
        string prefix = context.Request.Query["prefix"].ToString();
        if (prefix.Length == 0)
            return HttpHelpers.Errors([new JsonObject { ["status"] = "422", ["title"] = "Parameter prefix is required" }], 422);
        long? number = long.TryParse(context.Request.Query["number"], out long n) ? n : null;
        int count = int.TryParse(context.Request.Query["size"], out int s) ? Math.Clamp(s, 1, 1000) : 1;
        var dois = new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)Processing.RandomDoi.Generate(prefix, number is { } fixedNumber ? fixedNumber + i : null)).ToArray());
        return HttpHelpers.Json(new JsonObject { ["dois"] = dois });
    }

    /// <summary>Anonymous callers see only findable DOIs; owners see their drafts and registered DOIs.</summary>
    internal static bool Visible(StoredDoi doi, EmulatedRepository? caller) =>
        doi.State == "findable" || (caller is not null && caller.Id.Equals(doi.ClientId, StringComparison.OrdinalIgnoreCase));

    internal static RenderFlags Flags(HttpRequest request) => new(
        HttpHelpers.Flag(request, "publisher"),
        HttpHelpers.Flag(request, "affiliation"),
        HttpHelpers.Flag(request, "detail"),
        request.Query["include"].ToString().Split(',').Contains("client"));

    private static IResult Activities(StoredDoi stored)
    {
        var data = new JsonArray(stored.Activities.Select(a => (JsonNode)a.DeepClone()).Reverse().ToArray());
        return HttpHelpers.Json(new JsonObject
        {
            ["data"] = data,
            ["meta"] = new JsonObject { ["total"] = data.Count, ["totalPages"] = 1, ["page"] = 1 },
        });
    }

    private static async Task<(JsonObject? Data, IResult? Error)> ReadDataAsync(HttpRequest request)
    {
        JsonNode? body = await HttpHelpers.ReadJsonAsync(request);
        if (body?["data"] is not JsonObject data)
            return (null, HttpHelpers.Error(400, "You need to provide a payload following the JSONAPI spec"));
        return (data, null);
    }
}

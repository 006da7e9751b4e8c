using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary>Response and request plumbing shared by the emulator's endpoints.</summary>
internal static class HttpHelpers
{
    /// <summary>lupo answers <c>application/json; charset=utf-8</c>, not the JSON:API media type (CONTRACT.md §1).</summary>
    public const string ContentType = "application/json; charset=utf-8";

    public static IResult Json(JsonNode node, int status = 200) =>
        Results.Text(node.ToJsonString(), ContentType, Encoding.UTF8, status);

    public static IResult Errors(JsonArray errors, int status) => Json(new JsonObject { ["errors"] = errors }, status);

    public static IResult Error(int status, string title) =>
        Errors([new JsonObject { ["status"] = status.ToString(), ["title"] = title }], status);

    public static IResult NotFound() => Error(404, "The resource you are looking for doesn't exist.");

    public static IResult Result(EmulatorWriteResult result, Func<StoredDoi, JsonNode> render)
    {
        if (result.Status == 204) return Results.NoContent();
        if (result.Stored is { } stored && result.IsSuccess) return Json(render(stored), result.Status);
        return Errors(result.Errors ?? [], result.Status);
    }

    public static async Task<JsonNode?> ReadJsonAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool Flag(HttpRequest request, string name) =>
        string.Equals(request.Query[name].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The DOI of a catch-all route value; <c>%2F</c> (Fabrica's form) stays encoded in the path.</summary>
    public static string DoiFromRoute(string raw) => Uri.UnescapeDataString(raw).Trim().ToLowerInvariant();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>udata's <c>json_payload</c>: writes must be <c>application/json</c> carrying the expected JSON shape.</summary>
internal static class JsonBody
{
    public static async Task<(JsonNode? Body, IResult? Failure)> ReadAsync(HttpRequest request, bool expectArray = false)
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, Replies.Json(new JsonObject { ["errors"] = new JsonObject { ["Content-Type"] = "expecting application/json" } }, 400));
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            return (null, Replies.Message(400, "The browser (or proxy) sent a request that this server could not understand."));
        }
        bool shapeOk = expectArray ? body is JsonArray : body is JsonObject;
        if (!shapeOk)
            return (null, Replies.Json(new JsonObject { ["errors"] = new JsonObject { ["request"] = expectArray ? "expecting a JSON array" : "expecting a JSON object" } }, 400));
        return (body, null);
    }
}

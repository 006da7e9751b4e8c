using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>The three error body families of contract §2.3 plus plain JSON.</summary>
internal static class Replies
{
    public static IResult Json(JsonNode? body, int status = StatusCodes.Status200OK) =>
        Results.Text(body?.ToJsonString() ?? "null", "application/json", Encoding.UTF8, status);

    /// <summary><c>{"message": ...}</c>: aborts, 401/403/404/410/423.</summary>
    public static IResult Message(int status, string message) => Json(new JsonObject { ["message"] = message }, status);

    /// <summary><c>{"errors": {field: [msgs]}}</c>: WTForms validation.</summary>
    public static IResult FormErrors(JsonObject errors) => Json(new JsonObject { ["errors"] = errors }, StatusCodes.Status400BadRequest);

    public static IResult NoContent() => Results.StatusCode(StatusCodes.Status204NoContent);

    public static IResult DatasetGone() => Message(StatusCodes.Status410Gone, "Dataset has been deleted");
    public static IResult DatasetNotFound() => Message(StatusCodes.Status404NotFound, "Dataset not found");
    public static IResult ResourceNotFound() => Message(StatusCodes.Status404NotFound, "Resource does not exist");
    public static IResult Forbidden() => Message(StatusCodes.Status403Forbidden, "You do not have the permission to modify that object.");
}

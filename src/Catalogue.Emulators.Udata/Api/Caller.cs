using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>Resolves <c>X-API-KEY</c> to a user, with udata's 401 answers.</summary>
internal static class Caller
{
    public const string ApiKeyHeader = "X-API-KEY";

    /// <summary>The caller, or null for anonymous reads; an unknown key is always a 401.</summary>
    public static bool TryIdentify(HttpContext http, UdataEmulatorState state, out EmulatorUser? user, out IResult? failure)
    {
        user = null;
        failure = null;
        string? key = http.Request.Headers[ApiKeyHeader];
        if (string.IsNullOrEmpty(key)) return true;
        lock (state.Gate) user = state.FindUser(key);
        if (user is not null) return true;
        failure = Replies.Message(StatusCodes.Status401Unauthorized, "Invalid API token");
        return false;
    }

    /// <summary>Writes (<c>@api.secure</c>) need a valid key: 401 with <c>WWW-Authenticate</c> otherwise.</summary>
    public static bool TryRequire(HttpContext http, UdataEmulatorState state, out EmulatorUser user, out IResult? failure)
    {
        user = null!;
        if (!TryIdentify(http, state, out EmulatorUser? found, out failure)) return false;
        if (found is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"uData\"";
            failure = Replies.Message(StatusCodes.Status401Unauthorized,
                "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.");
            return false;
        }
        user = found;
        return true;
    }

    public static Uri Origin(HttpContext http) =>
        new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
}

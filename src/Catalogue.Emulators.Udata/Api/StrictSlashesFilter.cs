using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// ASP.NET routing ignores a missing trailing slash; werkzeug (strict_slashes) answers 308 to the
/// slashed URL instead (contract §1.1), which is what clients of data.gouv.fr actually meet.
/// </summary>
internal static class StrictSlashesFilter
{
    public static ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        string path = http.Request.Path.Value ?? "";
        if (http.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } && pattern.EndsWith('/') && !path.EndsWith('/'))
        {
            http.Response.Headers.Location = $"{http.Request.PathBase}{path}/{http.Request.QueryString}";
            return ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status308PermanentRedirect));
        }
        return next(context);
    }
}

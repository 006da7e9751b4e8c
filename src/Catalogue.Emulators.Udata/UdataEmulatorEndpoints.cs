using Catalogue.Emulators.Udata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

public static class UdataEmulatorEndpoints
{
    /// <summary>
    /// Maps the emulated data.gouv.fr API under <c>/api/1</c> (plus the v2 resource lookup), hosted files under <c>/static</c> and the
    /// controls under <c>/_emulator</c>. Used by <see cref="UdataEmulator"/> and by the server CLI.
    /// </summary>
    public static IEndpointRouteBuilder MapUdataEmulator(this IEndpointRouteBuilder app, UdataEmulatorState state)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(state);

        RouteGroupBuilder api = app.MapGroup("/api/1");
        api.AddEndpointFilter((context, next) => FaultFilter.InvokeAsync(context, next, state.Faults));
        api.AddEndpointFilter((context, next) => WriteVersionFilter.InvokeAsync(context, next, state));
        api.AddEndpointFilter(StrictSlashesFilter.InvokeAsync);
        ReferenceApi.Map(api);
        DatasetsApi.Map(api, state);
        ResourcesApi.Map(api, state);
        UploadsApi.Map(api, app, state);
        OrganizationsApi.Map(api, state);
        // Routes are declared with a trailing slash; werkzeug redirects a request without it (308).
        api.Map("/{**rest}", (HttpContext http, string? rest) =>
            rest is { Length: > 0 } && !rest.EndsWith('/')
                ? RedirectWithSlash(http)
                : Replies.Message(404, "The requested URL was not found on the server."));
        RouteGroupBuilder apiV2 = app.MapGroup("/api/2");
        apiV2.AddEndpointFilter((context, next) => FaultFilter.InvokeAsync(context, next, state.Faults));
        apiV2.AddEndpointFilter((context, next) => WriteVersionFilter.InvokeAsync(context, next, state));
        ResourcesApi.MapV2(apiV2, state);
        ControlApi.Map(app, state);
        return app;
    }

    private static IResult RedirectWithSlash(HttpContext http)
    {
        http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path}/{http.Request.QueryString}";
        return Results.StatusCode(StatusCodes.Status308PermanentRedirect);
    }
}

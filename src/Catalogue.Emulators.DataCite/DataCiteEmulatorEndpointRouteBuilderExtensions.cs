using Catalogue.Emulators.DataCite;
using Catalogue.Emulators.DataCite.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

public static class DataCiteEmulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the DataCite REST API subset (CONTRACT.md §2) at the root of <paramref name="app"/>, plus test
    /// controls under <c>/_emulator</c>. DOIs with a slash use catch-all routes, so both <c>/dois/10.x/abc</c>
    /// and Fabrica's <c>/dois/10.x%2Fabc</c> work.
    /// </summary>
    public static IEndpointRouteBuilder MapDataCiteEmulator(this IEndpointRouteBuilder app, DataCiteEmulatorState state)
    {
        RouteGroupBuilder api = app.MapGroup("");
        api.AddEndpointFilter(new FaultInjectionFilter(state));

        api.MapGet("/heartbeat", () => Results.Text("OK"));
        api.MapPost("/dois", Async(c => DoiEndpoints.CreateDoi(c, state)));
        api.MapPost("/dois/validate", Async(c => DoiEndpoints.ValidateDoi(c, state)));
        api.MapGet("/dois", (HttpContext c) => ListDoisEndpoint.ListDois(c, state));
        api.MapGet("/dois/random", (HttpContext c) => DoiEndpoints.RandomDoi(c));
        api.MapGet("/dois/{**doi}", (string doi, HttpContext c) => DoiEndpoints.GetDoi(doi, c, state));
        api.MapPut("/dois/{**doi}", (string doi, HttpContext c) => DoiEndpoints.UpdateDoi(doi, c, state));
        api.MapPatch("/dois/{**doi}", (string doi, HttpContext c) => DoiEndpoints.UpdateDoi(doi, c, state));
        api.MapDelete("/dois/{**doi}", (string doi, HttpContext c) => DoiEndpoints.DeleteDoi(doi, c, state));
        api.MapGet("/prefixes", (HttpContext c) => PrefixEndpoints.ListPrefixes(c, state));
        api.MapGet("/prefixes/{prefix}", (string prefix) => PrefixEndpoints.GetPrefix(prefix, state));
        api.MapGet("/client-prefixes", (HttpContext c) => PrefixEndpoints.ListClientPrefixes(c, state, repositoryNaming: false));
        api.MapGet("/repository-prefixes", (HttpContext c) => PrefixEndpoints.ListClientPrefixes(c, state, repositoryNaming: true));
        api.MapGet("/repositories/{id}", (string id) => PrefixEndpoints.GetRepository(id, state));
        api.MapGet("/clients/{id}", (string id) => PrefixEndpoints.GetRepository(id, state));

        app.MapGet("/_emulator/faults", () => ControlEndpoints.GetFaults(state));
        app.MapPost("/_emulator/faults", Async(c => ControlEndpoints.SetFaults(c, state)));
        app.MapPost("/_emulator/index", () => ControlEndpoints.FlushIndex(state));
        app.MapPost("/_emulator/seed", Async(c => ControlEndpoints.Seed(c, state)));
        app.MapPost("/_emulator/dois/{**rest}", (string rest, HttpContext c) => ControlEndpoints.DoiControl(rest, c, state));
        return app;
    }

    // A lambda (HttpContext) => Task<IResult> would bind to the RequestDelegate overload, which discards the result.
    private static Delegate Async(Func<HttpContext, Task<IResult>> handler) => handler;
}

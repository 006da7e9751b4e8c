using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// Every request that may write moves <see cref="UdataEmulatorState.Version"/> before and after its handler, so a
/// cached listing never outlives a change (one built while the handler ran is dropped by the second move).
/// </summary>
internal static class WriteVersionFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, UdataEmulatorState state)
    {
        string method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) return await next(context);
        state.Changed();
        try { return await next(context); }
        finally { state.Changed(); }
    }
}

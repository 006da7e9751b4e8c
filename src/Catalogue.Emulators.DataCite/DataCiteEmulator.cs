using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Emulators.DataCite;

/// <summary>
/// A contract-faithful stand-in for the DataCite REST API (lupo) on Kestrel at 127.0.0.1, for tests and
/// local runs: real HTTP, Basic auth, the DOI state machine, XSD validation outside draft, lagging lists,
/// and fault switches.
/// </summary>
public sealed class DataCiteEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DataCiteEmulator(WebApplication app, DataCiteEmulatorState state, Uri baseAddress)
    {
        _app = app;
        State = state;
        BaseAddress = baseAddress;
    }

    /// <summary>Root URL with a trailing slash, e.g. <c>http://127.0.0.1:51234/</c>.</summary>
    public Uri BaseAddress { get; }
    public DataCiteEmulatorState State { get; }
    public DataCiteEmulatorFaults Faults => State.Faults;

    public static async Task<DataCiteEmulator> StartAsync(DataCiteEmulatorOptions options, CancellationToken ct = default)
    {
        var state = new DataCiteEmulatorState(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, options.Port));
        WebApplication app = builder.Build();
        app.MapDataCiteEmulator(state);
        await app.StartAsync(ct);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DataCiteEmulator(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Emulators.Udata;

/// <summary>An in-memory data.gouv.fr (udata 17 API v1) on Kestrel, bound to 127.0.0.1.</summary>
public sealed class UdataEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UdataEmulator(WebApplication app, UdataEmulatorState state, Uri baseAddress)
    {
        _app = app;
        State = state;
        BaseAddress = baseAddress;
    }

    /// <summary>Site root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The API v1 root a client is configured with: <c>{BaseAddress}api/1/</c>.</summary>
    public Uri ApiRoot => new(BaseAddress, "api/1/");

    public UdataEmulatorFaults Faults => State.Faults;
    public UdataEmulatorState State { get; }

    public static async Task<UdataEmulator> StartAsync(UdataEmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = new UdataEmulatorState(options.Clock);
        if (options.SeedDemoAccount) SeedDemoAccount(state);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.Host), options.Port));
        WebApplication app = builder.Build();
        app.MapUdataEmulator(state);
        await app.StartAsync(ct).ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new UdataEmulator(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    public static void SeedDemoAccount(UdataEmulatorState state)
    {
        state.AddOrganization(UdataEmulatorOptions.DemoOrganizationName, UdataEmulatorOptions.DemoOrganizationId, "HDH");
        state.AddUser(new EmulatorUser
        {
            Id = UdataEmulatorOptions.DemoUserId, ApiKey = UdataEmulatorOptions.DemoApiKey, FirstName = "Demo", LastName = "Publisher",
            Memberships = new Dictionary<string, string> { [UdataEmulatorOptions.DemoOrganizationId] = "admin" },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

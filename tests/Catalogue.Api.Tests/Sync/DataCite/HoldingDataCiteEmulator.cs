using Catalogue.Emulators.DataCite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Api.Tests.Sync.DataCite;

/// <summary>
/// The DataCite emulator behind one extra switch: when armed, the next PUT is carried out (the DOI is stored)
/// but its answer is held back, so a test can kill the caller between "DataCite did it" and "we heard of it".
/// </summary>
public sealed class HoldingDataCiteEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _armed;

    private HoldingDataCiteEmulator(WebApplication app, DataCiteEmulatorState state, Uri baseAddress)
    {
        _app = app;
        State = state;
        BaseAddress = baseAddress;
    }

    public DataCiteEmulatorState State { get; }
    public Uri BaseAddress { get; }
    public TaskCompletionSource<string> HeldWrite { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void HoldNextPut()
    {
        HeldWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _armed, 1);
    }

    public static async Task<HoldingDataCiteEmulator> StartAsync(DataCiteEmulatorOptions options)
    {
        var state = new DataCiteEmulatorState(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        HoldingDataCiteEmulator? self = null;
        app.Use(async (context, next) =>
        {
            if (context.Request.Method != HttpMethods.Put || Interlocked.Exchange(ref self!._armed, 0) == 0) { await next(context); return; }
            var real = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            await next(context);
            self.HeldWrite.TrySetResult(context.Request.Path);
            // The answer never leaves while the caller is alive: it is killed meanwhile.
            try { await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted); } catch (OperationCanceledException) { return; }
            context.Response.Body = real;
            buffer.Position = 0;
            await buffer.CopyToAsync(real);
        });
        app.MapDataCiteEmulator(state);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new HoldingDataCiteEmulator(app, state, new Uri(address.TrimEnd('/') + "/"));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

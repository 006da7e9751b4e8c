using System.Collections.Concurrent;
using Catalogue.Emulators.Udata;
using Catalogue.Sync.Http;
using Catalogue.Sync.Udata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Sync.Tests.Udata.Support;

/// <summary>
/// A started emulator plus a client wired exactly as production wires it (<c>AddUdataClient</c>),
/// with short back-off delays, every retry recorded and every log line captured.
/// </summary>
public sealed class UdataClientHarness : IAsyncDisposable
{
    private ServiceProvider _services = null!;

    public UdataEmulator Emulator { get; private set; } = null!;
    public IUdataClient Client { get; private set; } = null!;
    public ConcurrentQueue<ResilienceRetry> Retries { get; } = new();
    public CapturingLoggerProvider Logs { get; } = new();

    public static async Task<UdataClientHarness> StartAsync(int maxRetries = 4, string? apiKey = UdataEmulatorOptions.DemoApiKey)
    {
        var harness = new UdataClientHarness();
        harness.Emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions());
        harness._services = harness.BuildServices(harness.Emulator.ApiRoot, apiKey, maxRetries);
        harness.Client = harness._services.GetRequiredService<IUdataClient>();
        return harness;
    }

    /// <summary>Another client on the same emulator, e.g. anonymous or with another key.</summary>
    public IUdataClient ClientWithKey(string? apiKey) =>
        BuildServices(Emulator.ApiRoot, apiKey, 0).GetRequiredService<IUdataClient>();

    /// <summary>A plain HttpClient (no retries) on the emulator's site root, for raw protocol assertions.</summary>
    public HttpClient RawHttp(string? apiKey = UdataEmulatorOptions.DemoApiKey)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Emulator.BaseAddress };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-API-KEY", apiKey);
        return http;
    }

    public int RequestsTo(string method, string pathSuffix) =>
        Emulator.Faults.Requests.Count(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    private ServiceProvider BuildServices(Uri apiRoot, string? apiKey, int maxRetries)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddUdataClient(options =>
        {
            options.BaseUrl = apiRoot;
            options.ApiKey = apiKey;
            options.Resilience = new ResilienceOptions
            {
                MaxRetries = maxRetries,
                BaseDelay = TimeSpan.FromMilliseconds(5),
                MaxDelay = TimeSpan.FromMilliseconds(50),
                AttemptTimeout = TimeSpan.FromSeconds(20),
                OnRetry = Retries.Enqueue,
            };
        });
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

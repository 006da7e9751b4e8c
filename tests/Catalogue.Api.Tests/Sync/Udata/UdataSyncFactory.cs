using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.Udata;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// The server over a fresh database with data.gouv.fr sync enabled against an emulator on 127.0.0.1, with
/// short retry delays so fault tests settle in seconds. The demo catalogue is seeded, hence queued for push.
/// </summary>
public class UdataSyncFactory : CatalogueApiFactory, IAsyncLifetime
{
    public UdataEmulator Emulator { get; private set; } = null!;
    protected virtual double PollSeconds => 0.1;

    public new async Task InitializeAsync()
    {
        Emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions());
        await base.InitializeAsync();
    }

    protected override IDictionary<string, string?> ExtraSettings => SyncSettings(Emulator, PollSeconds);

    public static Dictionary<string, string?> SyncSettings(UdataEmulator emulator, double pollSeconds) => new()
    {
        ["Sync:Targets:Enabled:0"] = "udata",
        ["Udata:BaseUrl"] = emulator.ApiRoot.AbsoluteUri,
        ["Udata:ApiKey"] = UdataEmulatorOptions.DemoApiKey,
        ["Udata:Resilience:MaxRetries"] = "2",
        ["Udata:Resilience:BaseDelay"] = "00:00:00.020",
        ["Udata:Resilience:MaxDelay"] = "00:00:00.200",
        ["Udata:Resilience:MaxRetryAfter"] = "00:00:02",
        ["Udata:Resilience:AttemptTimeout"] = "00:00:10",
        ["Sync:Udata:DefaultOrganizationId"] = UdataEmulatorOptions.DemoOrganizationId,
        ["Sync:Dispatcher:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Sync:Dispatcher:BaseRetrySeconds"] = "0.2",
        ["Sync:Dispatcher:MaxRetrySeconds"] = "1",
        ["Sync:Dispatcher:LeaseSeconds"] = "30",
    };

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

namespace Catalogue.Emulators.Udata;

public sealed record UdataEmulatorOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>The emulator only ever listens on loopback.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Drives every timestamp the emulator issues (tests may pass a fake clock).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>
    /// Seeds a ready-to-use account: the organisation <see cref="DemoOrganizationId"/> and a user,
    /// its admin, authenticated by <see cref="DemoApiKey"/>.
    /// </summary>
    public bool SeedDemoAccount { get; init; } = true;

    public const string DemoOrganizationId = "5f0c0ffee0c0ffee0c0ffee0";
    public const string DemoOrganizationName = "Health Data Hub (emulated)";
    public const string DemoUserId = "5f0c0ffee0c0ffee0c0ff001";
    public const string DemoApiKey = "udata_emulator_demo_key";
}

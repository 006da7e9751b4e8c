namespace Catalogue.Api.Sync;

/// <summary>The outbox dispatcher's settings (configuration section <c>Sync:Dispatcher</c>).</summary>
public sealed class SyncDispatcherOptions
{
    public const string Section = "Sync:Dispatcher";

    /// <summary>How long a claimed outbox item stays reserved for its worker; after that another worker may take it.</summary>
    public int LeaseSeconds { get; set; } = 120;
    public int BatchSize { get; set; } = 20;
    public double PollSeconds { get; set; } = 2;
    /// <summary>Retry back-off: BaseRetrySeconds × 2^(attempts−1), capped at MaxRetrySeconds.</summary>
    public double BaseRetrySeconds { get; set; } = 2;
    public double MaxRetrySeconds { get; set; } = 600;
    /// <summary>Identifies this worker in outbox leases; defaults to host:pid:random.</summary>
    public string? WorkerId { get; set; }
}

/// <summary>data.gouv.fr specifics of the sync (configuration section <c>Sync:Udata</c>).</summary>
public sealed class UdataSyncOptions
{
    public const string Section = "Sync:Udata";

    /// <summary>The data.gouv.fr organisation id records go to when their organisation has no <c>udataId</c>.</summary>
    public string? DefaultOrganizationId { get; set; }
    /// <summary>Incremental pull period in seconds while the server runs; 0 disables the scheduled pull.</summary>
    public double PullIntervalSeconds { get; set; }
}

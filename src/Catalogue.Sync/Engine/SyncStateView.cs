namespace Catalogue.Sync.Engine;

/// <summary>What the catalogue knows of one record on one remote system (the <c>sync_states</c> row, target-neutral).</summary>
public sealed class SyncStateView
{
    public Guid DatasetId { get; init; }
    public string Target { get; init; } = "";
    public string? RemoteId { get; set; }
    /// <summary>Written (and committed) before a remote create: the intent a restart reconciles instead of repeating.</summary>
    public string? PendingCreateToken { get; set; }
    public int LastPushedRevision { get; set; }
    public SyncSnapshot? Snapshot { get; set; }
    /// <summary>The remote's own change stamp at the last sync (udata: <c>internal.last_modified_internal</c>).</summary>
    public string? LastRemoteModified { get; set; }
    public string Status { get; set; } = SyncStatuses.Pending;
    public List<FieldConflict> Conflicts { get; set; } = new();
    public string? LastError { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public static class SyncStatuses
{
    public const string Pending = "pending", Synced = "synced", Conflict = "conflict", Error = "error", RemoteDeleted = "remote-deleted";
}

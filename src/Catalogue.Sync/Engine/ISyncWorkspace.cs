using Catalogue.Domain.Model;

namespace Catalogue.Sync.Engine;

/// <summary>
/// What a sync target may do to the catalogue's side. The host implements it over its record store, so
/// every change a target makes is a normal revision with validation, history and outbox.
/// </summary>
public interface ISyncWorkspace
{
    Task<DatasetRecord?> GetRecordAsync(Guid datasetId, CancellationToken ct);
    Task<Organization?> GetOrganizationAsync(Guid organizationId, CancellationToken ct);
    Task<IReadOnlyList<Organization>> OrganizationsAsync(CancellationToken ct);

    Task<SyncStateView> GetStateAsync(Guid datasetId, string target, CancellationToken ct);
    Task<SyncStateView?> FindByRemoteIdAsync(string target, string remoteId, CancellationToken ct);
    /// <summary>The states of many remote datasets at once, keyed by remote id (unknown ones are absent).</summary>
    Task<IReadOnlyDictionary<string, SyncStateView>> FindByRemoteIdsAsync(string target, IReadOnlyCollection<string> remoteIds, CancellationToken ct);
    /// <summary>Commits immediately (except inside <see cref="RunAtomicallyAsync"/>): targets call it before a remote side
    /// effect to record their intent.</summary>
    Task SaveStateAsync(SyncStateView state, CancellationToken ct);
    /// <summary>
    /// Runs <paramref name="work"/> as one transaction: the revisions and states it writes commit together, once, or
    /// not at all. States saved inside it are not committed on their own, so work that calls the remote system after
    /// recording its intent must not run inside it; a pull applying remote edits locally is what it is for.
    /// </summary>
    Task RunAtomicallyAsync(Func<CancellationToken, Task> work, CancellationToken ct);
    /// <summary>Where the last incremental pull of <paramref name="scope"/> (e.g. a remote organisation) stopped.</summary>
    Task<DateTimeOffset?> GetCursorAsync(string target, string scope, CancellationToken ct);
    Task SaveCursorAsync(string target, string scope, DateTimeOffset cursor, CancellationToken ct);
    /// <summary>Marks the record's pending outbox items for the target as done (its state was just synced by a pull).</summary>
    Task AcknowledgeOutboxAsync(Guid datasetId, string target, CancellationToken ct);
    /// <summary>True while an outbox item for the record and target waits or is being worked on.</summary>
    Task<bool> HasPendingOutboxAsync(Guid datasetId, string target, CancellationToken ct);

    /// <summary>A new revision authored by <paramref name="author"/>; fails if the record moved past <paramref name="expectedRevision"/>.</summary>
    Task<DatasetRecord> ApplyRemoteEditAsync(Guid datasetId, int expectedRevision, string author, Func<DatasetRecord, DatasetRecord> change, CancellationToken ct);
    /// <summary>A record imported from the remote; published when the remote shows it publicly and it passes our checks.</summary>
    Task<DatasetRecord> CreateFromRemoteAsync(DatasetRecord record, bool publish, string author, CancellationToken ct);
    /// <summary>
    /// Many remote datasets imported at once through the bulk path (validation, projections, first revision, search
    /// entry), each batch in one transaction together with the records' sync states (<paramref name="stateFor"/>, given
    /// the stored record) and the acknowledgement of their own outbox items for <paramref name="target"/>: a crash
    /// leaves a record with its link or neither, and nothing is pushed back. A record that arrives Published but
    /// fails our publication checks is stored as a draft instead.
    /// </summary>
    Task<RemoteImportResult> ImportFromRemoteAsync(IReadOnlyList<DatasetRecord> records, string target, string author,
        Func<DatasetRecord, SyncStateView> stateFor, CancellationToken ct);
    /// <summary>The remote deleted it: ours is withdrawn (a tombstone), never deleted.</summary>
    Task WithdrawFromRemoteAsync(Guid datasetId, string reason, string author, CancellationToken ct);
}

/// <summary>What <see cref="ISyncWorkspace.ImportFromRemoteAsync"/> stored, and what it could not (with the reasons).</summary>
public sealed record RemoteImportResult(IReadOnlyList<DatasetRecord> Imported, IReadOnlyList<RemoteImportRejection> Rejected);

public sealed record RemoteImportRejection(DatasetRecord Record, IReadOnlyList<string> Reasons);

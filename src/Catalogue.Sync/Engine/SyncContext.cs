using Catalogue.Domain.Model;

namespace Catalogue.Sync.Engine;

/// <summary>One dataset's push: the record as it is now (null when it was deleted here), its state on the target, and the workspace.</summary>
public sealed record SyncContext(Guid DatasetId, DatasetRecord? Record, Organization? Organization, SyncStateView State, ISyncWorkspace Workspace)
{
    /// <summary>The author of revisions a target writes back, e.g. "sync:udata".</summary>
    public static string AuthorFor(string target) => "sync:" + target;
}

public enum SyncAction { None, Created, Adopted, Updated, Pulled, Deleted, Conflict, RemoteDeleted }

/// <summary>What one push did, for logs, the CLI and tests.</summary>
public sealed record SyncResult(SyncAction Action, string? RemoteId, IReadOnlyCollection<string> PushedFields, IReadOnlyCollection<string> TakenFields, IReadOnlyCollection<FieldConflict> Conflicts)
{
    public static SyncResult Nothing(string? remoteId) => new(SyncAction.None, remoteId, [], [], []);
}

/// <summary>
/// A pull: one catalogue organisation (or all linked ones), changes since a point in time (null = everything),
/// and whether unknown remote datasets become new records (onboarding) or are left alone.
/// </summary>
public sealed record PullRequest(Guid? OrganizationId, DateTimeOffset? Since, bool Onboard, IProgress<PullProgress>? Progress = null);

public sealed record PullProgress(int Seen, int Imported, int Updated);

/// <param name="Deferred">Linked records with a push queued or running: that push merges the remote change.</param>
public sealed record PullReport(int Seen, int Imported, int Updated, int Withdrawn, int Conflicts, int Unchanged, DateTimeOffset? LatestRemoteChange, int Deferred = 0);

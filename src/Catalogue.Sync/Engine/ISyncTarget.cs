namespace Catalogue.Sync.Engine;

/// <summary>
/// A remote system the catalogue keeps in step (data.gouv.fr, DataCite). The dispatcher calls
/// <see cref="PushAsync"/> for each outbox item; pulls are run on demand or on a schedule.
/// </summary>
public interface ISyncTarget
{
    /// <summary>The outbox's target name, e.g. "udata".</summary>
    string Name { get; }

    /// <summary>Brings the remote and the record in step for one dataset (push, take remote edits, record conflicts).</summary>
    Task<SyncResult> PushAsync(SyncContext context, CancellationToken ct);

    /// <summary>Imports remote changes (and, when onboarding, datasets we do not know yet).</summary>
    Task<PullReport> PullAsync(PullRequest request, ISyncWorkspace workspace, CancellationToken ct);
}

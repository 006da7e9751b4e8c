using Catalogue.Sync.Engine;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>DataCite as a sync target: outbox items reconcile one record's DOI; a pull reconciles every known DOI.</summary>
public sealed class DataCiteSyncTarget(DataCiteReconciler reconciler, DataCitePuller puller) : ISyncTarget
{
    public string Name => DataCiteReconciler.Target;

    public Task<SyncResult> PushAsync(SyncContext context, CancellationToken ct) =>
        reconciler.ReconcileAsync(context.Record, context.Organization, context.State, context.Workspace, ct);

    public Task<PullReport> PullAsync(PullRequest request, ISyncWorkspace workspace, CancellationToken ct) =>
        puller.PullAsync(request, workspace, ct);
}

using Catalogue.Sync.Engine;

namespace Catalogue.Api.Sync.Udata;

/// <summary>data.gouv.fr as a sync target: outbox items reconcile one dataset; pulls list the remote organisations.</summary>
public sealed class UdataSyncTarget(UdataReconciler reconciler, UdataPuller puller) : ISyncTarget
{
    public string Name => UdataReconciler.Target;

    public Task<SyncResult> PushAsync(SyncContext context, CancellationToken ct) =>
        reconciler.ReconcileAsync(context.Record, context.Organization, context.State, null, context.Workspace, ct);

    public Task<PullReport> PullAsync(PullRequest request, ISyncWorkspace workspace, CancellationToken ct) =>
        puller.PullAsync(request, workspace, ct);
}

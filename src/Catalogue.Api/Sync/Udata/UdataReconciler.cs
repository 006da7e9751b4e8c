using Catalogue.Domain.Model;
using Catalogue.Sync.Engine;
using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.Udata;

/// <summary>
/// Brings one record and its data.gouv.fr dataset in step: create it (crash-safe), or merge field by field
/// against the last synced snapshot — push our changes, take theirs as a new revision, record conflicts.
/// Used by the outbox (push) and by pulls, so both directions follow exactly the same rules.
/// </summary>
public sealed class UdataReconciler(IUdataClient client, UdataRemoteLocator locator, UdataResourcePusher resources, IOptions<UdataSyncOptions> options, TimeProvider clock)
{
    public const string Target = "udata";
    public static readonly string Author = SyncContext.AuthorFor(Target);

    public string? UdataOrganizationFor(Organization? org) => org?.UdataId ?? options.Value.DefaultOrganizationId;

    /// <param name="remote">The remote dataset when the caller already has it (a pull); fetched otherwise.</param>
    public async Task<SyncResult> ReconcileAsync(DatasetRecord? record, Organization? org, SyncStateView state, UdataDataset? remote, ISyncWorkspace ws, CancellationToken ct)
    {
        if (record is null) return await DeleteRemoteAsync(state, ws, ct);
        var udataOrg = UdataOrganizationFor(org)
            ?? throw new InvalidOperationException($"No data.gouv.fr organisation for '{org?.Slug}': set its udataId or Sync:Udata:DefaultOrganizationId.");

        var action = SyncAction.Updated;
        if (remote is null && state.RemoteId is not null)
        {
            var got = await client.GetDatasetAsync(state.RemoteId, ct);
            if (got.IsNotFound)
            {
                // Purged, or no longer visible to this key: look for it by our id before creating another.
                state.RemoteId = null;
                state.PendingCreateToken ??= "lost:" + Guid.NewGuid();
            }
            else if (!got.IsGone) remote = got.EnsureSuccess();
            // 410 (deleted, not visible to this key) is handled below like a dataset with `deleted` set.
        }
        bool fresh = false;
        if (remote?.Deleted is not null || (remote is null && state.RemoteId is not null))
        {
            if (!RepublishedSinceDeletion(record, state)) return await RemoteDeletedAsync(record, state, ws, ct);
            // Published again here after data.gouv.fr deleted it: undelete it there (before the daily purge).
            remote = (await client.RestoreDatasetAsync(state.RemoteId!, RecordToUdata.ToWrite(record, org, udataOrg), ct)).EnsureSuccess();
            fresh = true;
        }

        if (remote is null)
        {
            (remote, action) = await CreateOrAdoptAsync(record, org, udataOrg, state, ws, ct);
            fresh = true;
        }

        var localWrite = RecordToUdata.ToWrite(record, org, udataOrg);
        var localResources = RecordToUdata.ToResources(record);
        var plan = Plan(fresh ? null : state.Snapshot, localWrite, localResources, remote);

        var datasetFields = plan.Push.Where(f => f != UdataFields.Resources).ToList();
        if (datasetFields.Count > 0)
            remote = (await client.UpdateDatasetAsync(remote.Id, UdataFields.Compose(remote, localWrite, datasetFields), ct)).EnsureSuccess();
        if (plan.Push.Contains(UdataFields.Resources))
        {
            await resources.SyncAsync(remote.Id, remote.Resources, localResources, ct);
            remote = (await client.GetDatasetAsync(remote.Id, ct)).EnsureSuccess();
        }
        return await ConcludeAsync(record, org, udataOrg, state, remote, plan, action, fresh, ws, ct);
    }

    /// <summary>
    /// The merge plan of a pulled dataset when bringing it in step needs no call to data.gouv.fr: linked, not
    /// deleted there, nothing of ours to push. Such datasets only change here, so a pull applies many of them in one
    /// local transaction (<see cref="ApplyLocallyAsync"/>); null means the full <see cref="ReconcileAsync"/> must run.
    /// </summary>
    public MergePlan? PlanLocalOnly(DatasetRecord record, Organization? org, SyncStateView state, UdataDataset remote)
    {
        if (remote.Deleted is not null || state.RemoteId is null || UdataOrganizationFor(org) is not { } udataOrg) return null;
        var plan = Plan(state.Snapshot, RecordToUdata.ToWrite(record, org, udataOrg), RecordToUdata.ToResources(record), remote);
        return plan.NeedsRemoteWrite ? null : plan;
    }

    /// <summary>Applies a plan from <see cref="PlanLocalOnly"/>: exactly what <see cref="ReconcileAsync"/> would do with it.</summary>
    public Task<SyncResult> ApplyLocallyAsync(DatasetRecord record, Organization? org, SyncStateView state, UdataDataset remote, MergePlan plan, ISyncWorkspace ws, CancellationToken ct) =>
        ConcludeAsync(record, org, UdataOrganizationFor(org)!, state, remote, plan, SyncAction.Updated, fresh: false, ws, ct);

    private MergePlan Plan(SyncSnapshot? baseline, UdataDatasetWrite localWrite, IReadOnlyList<UdataResourceWrite> localResources, UdataDataset remote) =>
        ThreeWayMerge.Plan(baseline, UdataFields.FromLocal(localWrite, localResources), UdataFields.FromRemote(remote), clock.GetUtcNow());

    /// <summary>After any push: takes their changes as a new revision here and moves the baselines.</summary>
    private async Task<SyncResult> ConcludeAsync(DatasetRecord record, Organization? org, string udataOrg, SyncStateView state, UdataDataset remote,
        MergePlan plan, SyncAction action, bool fresh, ISyncWorkspace ws, CancellationToken ct)
    {
        if (plan.NeedsLocalWrite)
        {
            var taken = plan.Take.ToList();
            var edited = remote;
            record = await ws.ApplyRemoteEditAsync(record.Id, record.Revision, Author, r => UdataToRecord.Apply(r, edited, taken, org), ct);
            if (action == SyncAction.Updated && !plan.NeedsRemoteWrite) action = SyncAction.Pulled;
        }
        else if (!plan.NeedsRemoteWrite && !fresh) action = plan.HasConflicts ? SyncAction.Conflict : SyncAction.None;

        var localAfter = UdataFields.FromLocal(RecordToUdata.ToWrite(record, org, udataOrg), RecordToUdata.ToResources(record));
        state.Snapshot = plan.NextSnapshot(state.Snapshot, localAfter, UdataFields.FromRemote(remote));
        state.Conflicts = plan.Conflicts;
        state.RemoteId = remote.Id;
        state.PendingCreateToken = null;
        state.LastPushedRevision = record.Revision;
        state.LastRemoteModified = Stamp(remote);
        state.Status = plan.HasConflicts ? SyncStatuses.Conflict : SyncStatuses.Synced;
        state.LastError = null;
        await ws.SaveStateAsync(state, ct);
        return new SyncResult(action, remote.Id, plan.Push, plan.Take, plan.Conflicts);
    }

    public static string? Stamp(UdataDataset d) => (d.Internal?.LastModifiedInternal ?? d.LastModified)?.UtcDateTime.ToString("O");

    /// <summary>
    /// The intent is committed first (a token in sync_states), then the dataset is created carrying our id and the
    /// token in its extras. If we die in between, the next attempt sees the token and looks for the dataset first.
    /// </summary>
    private async Task<(UdataDataset, SyncAction)> CreateOrAdoptAsync(DatasetRecord record, Organization? org, string udataOrg, SyncStateView state, ISyncWorkspace ws, CancellationToken ct)
    {
        if (state.PendingCreateToken is not null && await locator.FindByCatalogueIdAsync(udataOrg, record.Id, ct) is { } existing)
        {
            state.RemoteId = existing.Id;
            state.PendingCreateToken = null;
            await ws.SaveStateAsync(state, ct);
            return (existing, SyncAction.Adopted);
        }
        state.PendingCreateToken = Guid.NewGuid().ToString();
        state.Status = SyncStatuses.Pending;
        await ws.SaveStateAsync(state, ct);

        var write = RecordToUdata.ToWrite(record, org, udataOrg);
        var extras = new Dictionary<string, System.Text.Json.JsonElement>(write.Extras!) { [UdataExtras.PushToken] = UdataExtras.String(state.PendingCreateToken) };
        var created = (await client.CreateDatasetAsync(write with { Extras = extras }, ct)).EnsureSuccess();
        state.RemoteId = created.Id;
        state.PendingCreateToken = null;
        await ws.SaveStateAsync(state, ct);
        return (created, SyncAction.Created);
    }

    /// <summary>The deletion was taken (our record withdrawn) and the record was published again since.</summary>
    private static bool RepublishedSinceDeletion(DatasetRecord record, SyncStateView state) =>
        state.Status == SyncStatuses.RemoteDeleted && record.Status == RecordStatus.Published && record.Revision > state.LastPushedRevision;

    private async Task<SyncResult> RemoteDeletedAsync(DatasetRecord record, SyncStateView state, ISyncWorkspace ws, CancellationToken ct)
    {
        if (state.Status != SyncStatuses.RemoteDeleted)
        {
            await ws.WithdrawFromRemoteAsync(record.Id, "Supprimé sur data.gouv.fr.", Author, ct);
            // Only a later revision (a new publication) may bring the dataset back.
            state.LastPushedRevision = (await ws.GetRecordAsync(record.Id, ct))?.Revision ?? record.Revision;
        }
        state.Status = SyncStatuses.RemoteDeleted;
        state.LastError = null;
        await ws.SaveStateAsync(state, ct);
        return new SyncResult(SyncAction.RemoteDeleted, state.RemoteId, [], [], []);
    }

    /// <summary>A draft deleted here: its private dataset there goes too (soft delete, as udata does).</summary>
    private async Task<SyncResult> DeleteRemoteAsync(SyncStateView state, ISyncWorkspace ws, CancellationToken ct)
    {
        if (state.RemoteId is null) return SyncResult.Nothing(null);
        var deleted = await client.DeleteDatasetAsync(state.RemoteId, ct);
        if (!deleted.IsSuccess && !deleted.IsGone && !deleted.IsNotFound) deleted.EnsureSuccess();
        state.Status = SyncStatuses.RemoteDeleted;
        await ws.SaveStateAsync(state, ct);
        return new SyncResult(SyncAction.Deleted, state.RemoteId, [], [], []);
    }
}

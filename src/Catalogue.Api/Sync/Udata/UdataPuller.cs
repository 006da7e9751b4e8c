using Catalogue.Domain.Model;
using Catalogue.Sync.Engine;
using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Api.Sync.Udata;

/// <summary>
/// Pulls from data.gouv.fr by <c>internal.last_modified_internal</c> (contract §5): linked datasets go through
/// the same reconciliation as a push; deleted ones withdraw our record; unknown ones become new records when
/// onboarding. The cursor per remote organisation advances only after the whole listing was applied.
/// </summary>
public sealed class UdataPuller(IUdataClient client, UdataReconciler reconciler, ILogger<UdataPuller> log)
{
    public async Task<PullReport> PullAsync(PullRequest request, ISyncWorkspace ws, CancellationToken ct)
    {
        var orgs = request.OrganizationId is { } only
            ? [await ws.GetOrganizationAsync(only, ct) ?? throw new InvalidOperationException($"Unknown organisation {only}.")]
            : await ws.OrganizationsAsync(ct);
        var tally = new Tally();
        DateTimeOffset? latest = null;
        // Several of our organisations may share one remote organisation (the default one): list it once.
        foreach (var group in orgs.GroupBy(o => reconciler.UdataOrganizationFor(o)).Where(g => g.Key is not null))
        {
            var udataOrg = group.Key!;
            var since = request.Since ?? (request.Onboard ? null : await ws.GetCursorAsync(UdataReconciler.Target, udataOrg, ct));
            DateTimeOffset? cursor = since;
            await foreach (var remote in client.ListOrganizationDatasetsModifiedSinceAsync(udataOrg, since, ct))
            {
                tally.Seen++;
                await ApplyAsync(remote, group.First(), request.Onboard, ws, tally, ct);
                var stamp = remote.Internal?.LastModifiedInternal ?? remote.LastModified;
                if (stamp > cursor || cursor is null) cursor = stamp;
                request.Progress?.Report(new PullProgress(tally.Seen, tally.Imported, tally.Updated));
            }
            if (cursor is { } c)
            {
                await ws.SaveCursorAsync(UdataReconciler.Target, udataOrg, c, ct);
                if (latest is null || c > latest) latest = c;
            }
        }
        return new PullReport(tally.Seen, tally.Imported, tally.Updated, tally.Withdrawn, tally.Conflicts, tally.Unchanged, latest, tally.Deferred);
    }

    private async Task ApplyAsync(UdataDataset remote, Organization importInto, bool onboard, ISyncWorkspace ws, Tally tally, CancellationToken ct)
    {
        var state = await ws.FindByRemoteIdAsync(UdataReconciler.Target, remote.Id, ct);
        if (state is null && UdataExtras.CatalogueIdOf(remote) is { } ours && await ws.GetRecordAsync(ours, ct) is not null)
        {
            // Ours, created by a push whose acknowledgement was lost: link it.
            state = await ws.GetStateAsync(ours, UdataReconciler.Target, ct);
            state.RemoteId = remote.Id;
        }
        if (state is null)
        {
            if (onboard && remote.Deleted is null) await ImportAsync(remote, importInto, ws, tally, ct);
            else tally.Unchanged++;
            return;
        }
        var record = await ws.GetRecordAsync(state.DatasetId, ct);
        if (record is null) { tally.Unchanged++; return; }
        // A push is queued or running: it fetches the remote itself and merges both sides under its lease,
        // so the pull leaves the record to it rather than race it.
        if (await ws.HasPendingOutboxAsync(record.Id, UdataReconciler.Target, ct)) { tally.Deferred++; return; }
        var org = await ws.GetOrganizationAsync(record.OrganizationId, ct);
        var result = await reconciler.ReconcileAsync(record, org, state, remote, ws, ct);
        switch (result.Action)
        {
            case SyncAction.RemoteDeleted: tally.Withdrawn++; break;
            case SyncAction.None: tally.Unchanged++; break;
            default: tally.Updated++; break;
        }
        if (result.Conflicts.Count > 0) tally.Conflicts++;
    }

    private async Task ImportAsync(UdataDataset remote, Organization org, ISyncWorkspace ws, Tally tally, CancellationToken ct)
    {
        var record = UdataToRecord.ToNewRecord(remote, org.Id, org);
        if (await ws.GetRecordAsync(record.Id, ct) is not null) record.Id = Guid.NewGuid();
        var udataOrg = reconciler.UdataOrganizationFor(org);
        // The link and both baselines are written before the record exists, so the record's own outbox items
        // find a synced state and change nothing on data.gouv.fr (a draft here stays public there).
        var state = await ws.GetStateAsync(record.Id, UdataReconciler.Target, ct);
        state.RemoteId = remote.Id;
        state.Status = SyncStatuses.Synced;
        state.LastRemoteModified = UdataReconciler.Stamp(remote);
        state.Snapshot = Baselines(record, org, udataOrg, remote, RecordStatus.Draft);
        await ws.SaveStateAsync(state, ct);

        var created = await ws.CreateFromRemoteAsync(record, publish: !remote.Private, UdataReconciler.Author, ct);
        state.Snapshot = Baselines(created, org, udataOrg, remote, created.Status);
        state.LastPushedRevision = created.Revision;
        await ws.SaveStateAsync(state, ct);
        await ws.AcknowledgeOutboxAsync(created.Id, UdataReconciler.Target, ct);
        tally.Imported++;
        log.LogDebug("Imported {Remote} as {Id} ({Status}).", remote.Id, created.Id, created.Status);
    }

    private static SyncSnapshot Baselines(DatasetRecord r, Organization org, string? udataOrg, UdataDataset remote, RecordStatus status)
    {
        var copy = RecordJson.Clone(r);
        copy.Status = status;
        return new SyncSnapshot
        {
            Local = UdataFields.FromLocal(RecordToUdata.ToWrite(copy, org, udataOrg), RecordToUdata.ToResources(copy)),
            Remote = UdataFields.FromRemote(remote),
        };
    }

    private sealed class Tally { public int Seen, Imported, Updated, Withdrawn, Conflicts, Unchanged, Deferred; }
}

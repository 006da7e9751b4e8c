using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Sync.Engine;
using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Api.Sync.Udata;

/// <summary>
/// Pulls from data.gouv.fr by <c>internal.last_modified_internal</c> (contract §5): linked datasets go through
/// the same reconciliation as a push; deleted ones withdraw our record; unknown ones become new records when
/// onboarding. The cursor per remote organisation advances only after the whole listing was applied.
/// </summary>
/// <remarks>
/// The listing is read ahead (a bounded buffer, so memory does not grow with the organisation) while the
/// previous datasets are applied, <see cref="BatchSize"/> at a time: one indexed look-up of their states per
/// batch; linked datasets merged (edits made only there applied together in one transaction, the others — a push
/// due, a deletion — one by one), and unknown ones through the bulk import, each batch in one transaction with
/// its links and baselines (<see cref="ISyncWorkspace.ImportFromRemoteAsync"/>).
/// A kill mid-onboarding leaves whole batches; the next run finds them by remote id and imports the rest.
/// </remarks>
public sealed class UdataPuller(IUdataClient client, UdataReconciler reconciler, TimeProvider clock, ILogger<UdataPuller> log)
{
    public const int BatchSize = 500;

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
            var batch = new List<UdataDataset>(BatchSize);
            await foreach (var remote in ReadAheadAsync(client.ListOrganizationDatasetsModifiedSinceAsync(udataOrg, since, ct), 2 * BatchSize, ct))
            {
                tally.Seen++;
                batch.Add(remote);
                var stamp = remote.Internal?.LastModifiedInternal ?? remote.LastModified;
                if (stamp > cursor || cursor is null) cursor = stamp;
                if (batch.Count < BatchSize) continue;
                await ApplyBatchAsync(batch, group.First(), request.Onboard, ws, tally, ct);
                batch.Clear();
                request.Progress?.Report(new PullProgress(tally.Seen, tally.Imported, tally.Updated));
            }
            await ApplyBatchAsync(batch, group.First(), request.Onboard, ws, tally, ct);
            request.Progress?.Report(new PullProgress(tally.Seen, tally.Imported, tally.Updated));
            if (cursor is { } c)
            {
                await ws.SaveCursorAsync(UdataReconciler.Target, udataOrg, c, ct);
                if (latest is null || c > latest) latest = c;
            }
        }
        return new PullReport(tally.Seen, tally.Imported, tally.Updated, tally.Withdrawn, tally.Conflicts, tally.Unchanged, latest, tally.Deferred);
    }

    private async Task ApplyBatchAsync(List<UdataDataset> batch, Organization importInto, bool onboard, ISyncWorkspace ws, Tally tally, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        // A dataset edited while the listing was being paged can come twice: its latest copy is the one applied.
        var latest = new Dictionary<string, UdataDataset>(StringComparer.Ordinal);
        foreach (var d in batch) latest[d.Id] = d;
        tally.Unchanged += batch.Count - latest.Count;
        var states = await ws.FindByRemoteIdsAsync(UdataReconciler.Target, latest.Keys, ct);
        var organizations = new Dictionary<Guid, Organization?>();
        var unknown = new List<UdataDataset>();
        var localOnly = new List<LocalChange>();
        foreach (var remote in latest.Values)
        {
            if (!states.TryGetValue(remote.Id, out var state)
                && UdataExtras.CatalogueIdOf(remote) is { } ours && await ws.GetRecordAsync(ours, ct) is not null)
            {
                // Ours, created by a push whose acknowledgement was lost: link it.
                state = await ws.GetStateAsync(ours, UdataReconciler.Target, ct);
                state.RemoteId = remote.Id;
            }
            if (state is not null)
            {
                if (await ReconcileOrPlanAsync(remote, state, organizations, ws, tally, ct) is { } change) localOnly.Add(change);
            }
            else if (onboard && remote.Deleted is null) unknown.Add(remote);
            else tally.Unchanged++;
        }
        // Edits made only there are applied here together: one transaction (one commit) for the whole batch
        // instead of two per dataset, each still a validated revision by sync:udata with its new baselines.
        if (localOnly.Count > 0)
            await ws.RunAtomicallyAsync(async token =>
            {
                foreach (var c in localOnly) Count(await reconciler.ApplyLocallyAsync(c.Record, c.Organization, c.State, c.Remote, c.Plan, ws, token), tally);
            }, ct);
        if (unknown.Count > 0) await ImportAsync(unknown, importInto, ws, tally, ct);
    }

    /// <summary>
    /// Reconciles a linked dataset at once when that needs data.gouv.fr (something of ours to push, deleted there),
    /// or returns its plan when it only changes here, for the batch's transaction.
    /// </summary>
    private async Task<LocalChange?> ReconcileOrPlanAsync(UdataDataset remote, SyncStateView state, Dictionary<Guid, Organization?> organizations,
        ISyncWorkspace ws, Tally tally, CancellationToken ct)
    {
        var record = await ws.GetRecordAsync(state.DatasetId, ct);
        if (record is null) { tally.Unchanged++; return null; }
        // A push is queued or running: it fetches the remote itself and merges both sides under its lease,
        // so the pull leaves the record to it rather than race it.
        if (await ws.HasPendingOutboxAsync(record.Id, UdataReconciler.Target, ct)) { tally.Deferred++; return null; }
        if (!organizations.TryGetValue(record.OrganizationId, out var org))
            organizations[record.OrganizationId] = org = await ws.GetOrganizationAsync(record.OrganizationId, ct);
        if (reconciler.PlanLocalOnly(record, org, state, remote) is { } plan) return new LocalChange(record, org, state, remote, plan);
        Count(await reconciler.ReconcileAsync(record, org, state, remote, ws, ct), tally);
        return null;
    }

    private static void Count(SyncResult result, Tally tally)
    {
        switch (result.Action)
        {
            case SyncAction.RemoteDeleted: tally.Withdrawn++; break;
            case SyncAction.None: tally.Unchanged++; break;
            default: tally.Updated++; break;
        }
        if (result.Conflicts.Count > 0) tally.Conflicts++;
    }

    private sealed record LocalChange(DatasetRecord Record, Organization? Organization, SyncStateView State, UdataDataset Remote, MergePlan Plan);

    /// <summary>
    /// New records for datasets we do not know, through the bulk path: published when public there (and
    /// publishable here, else drafts), linked and baselined in the same transaction, so the import's own outbox
    /// items change nothing on data.gouv.fr (a draft here stays public there).
    /// </summary>
    private async Task ImportAsync(List<UdataDataset> remotes, Organization org, ISyncWorkspace ws, Tally tally, CancellationToken ct)
    {
        var udataOrg = reconciler.UdataOrganizationFor(org);
        var sources = new Dictionary<DatasetRecord, UdataDataset>(ReferenceEqualityComparer.Instance);
        var ids = new HashSet<Guid>();
        var records = new List<DatasetRecord>(remotes.Count);
        var now = clock.GetUtcNow();
        foreach (var remote in remotes)
        {
            var record = UdataToRecord.ToNewRecord(remote, org.Id, org);
            if (!ids.Add(record.Id)) { record.Id = Guid.NewGuid(); ids.Add(record.Id); } // two copies of one of our datasets
            // Public there: published here if it passes our checks (the bulk import checks again, with the host's
            // own checks, and stores a draft when they fail). Checked first so a batch of unpublishable datasets
            // is not prepared twice.
            if (record.CreatedAt == default) record.CreatedAt = record.ModifiedAt = now;
            RecordDefaults.Apply(record);
            record.Status = !remote.Private && PublicationChecks.CanPublish(PublicationChecks.Check(record, org)) ? RecordStatus.Published : RecordStatus.Draft;
            sources[record] = remote;
            records.Add(record);
        }
        var result = await ws.ImportFromRemoteAsync(records, UdataReconciler.Target, UdataReconciler.Author, stored =>
        {
            var remote = sources[stored];
            return new SyncStateView
            {
                DatasetId = stored.Id, Target = UdataReconciler.Target, RemoteId = remote.Id, Status = SyncStatuses.Synced,
                LastRemoteModified = UdataReconciler.Stamp(remote), LastPushedRevision = stored.Revision,
                Snapshot = Baselines(stored, org, udataOrg, remote, stored.Status),
            };
        }, ct);
        tally.Imported += result.Imported.Count;
        foreach (var rejected in result.Rejected)
        {
            tally.Unchanged++;
            log.LogWarning("Not imported from data.gouv.fr: {Remote} ({Reasons}).", sources[rejected.Record].Id, string.Join("; ", rejected.Reasons));
        }
        log.LogDebug("Imported {Count} datasets from data.gouv.fr.", result.Imported.Count);
    }

    private static SyncSnapshot Baselines(DatasetRecord r, Organization org, string? udataOrg, UdataDataset remote, RecordStatus status)
    {
        var copy = r;
        if (r.Status != status)
        {
            copy = RecordJson.Clone(r);
            copy.Status = status;
        }
        return new SyncSnapshot
        {
            Local = UdataFields.FromLocal(RecordToUdata.ToWrite(copy, org, udataOrg), RecordToUdata.ToResources(copy)),
            Remote = UdataFields.FromRemote(remote),
        };
    }

    /// <summary>
    /// The listing, fetched ahead by up to <paramref name="capacity"/> datasets while the caller applies the
    /// previous ones: the next pages download while a batch is written, and memory stays bounded.
    /// </summary>
    private static async IAsyncEnumerable<T> ReadAheadAsync<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token)) await channel.Writer.WriteAsync(item, stop.Token);
                channel.Writer.TryComplete();
            }
            catch (Exception e) { channel.Writer.TryComplete(e); }
        }, CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct)) yield return item;
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    private sealed class Tally { public int Seen, Imported, Updated, Withdrawn, Conflicts, Unchanged, Deferred; }
}

using System.Net;
using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.DataCite.Metadata;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Brings one record and its DOI in step, for the outbox (push), pulls and DOI reservations alike:
/// create the DOI if DataCite does not have it yet (always a PUT of the DOI chosen beforehand, so a retry
/// can never mint a second one), merge field by field against the last synced snapshot (our changes are
/// pushed, Fabrica edits of the fields a person may edit are taken back, both-sided edits recorded as
/// conflicts), move the DOI's state with the record's lifecycle, and keep its usage counts.
/// </summary>
public sealed class DataCiteReconciler(
    IDataCiteClient client, DataCiteMappingContexts contexts, ConceptDoiSync concepts, DataCiteSchema schema, DataCiteMetrics metrics, IOptions<DataCiteOptions> options, TimeProvider clock)
{
    public const string Target = "datacite";
    public static readonly string Author = SyncContext.AuthorFor(Target);

    public async Task<SyncResult> ReconcileAsync(DatasetRecord? record, Organization? org, SyncStateView state, ISyncWorkspace ws, CancellationToken ct)
    {
        if (record is null) return await DeleteDraftAsync(state, ws, ct);
        string? doi = DoiText.Bare(record.Doi) ?? state.PendingCreateToken;
        if (doi is null) return SyncResult.Nothing(null);
        doi = doi.ToLowerInvariant();
        // A DOI registered elsewhere (imported with the record) is cited, not managed: DataCite would answer 403.
        if (!doi.StartsWith(options.Value.Prefix + "/", StringComparison.OrdinalIgnoreCase)) return SyncResult.Nothing(doi);

        DataCiteMappingContext context = await contexts.ForAsync(record, ct);
        FieldSet local = LocalFields(record, org, doi, context);
        DataCiteResponse<DoiDocument> current = await client.GetDoiAsync(doi, ct);

        MergePlan plan = new();
        SyncAction action;
        bool fresh = current.StatusCode == HttpStatusCode.NotFound;
        if (fresh)
        {
            // The intent is committed before the call: a crash after DataCite created the DOI ends in this same
            // PUT of the same DOI next time (PUT upserts), never in a second DOI.
            state.PendingCreateToken = doi;
            state.Status = SyncStatuses.Pending;
            await ws.SaveStateAsync(state, ct);
            string? initial = InitialEvent(record.Status);
            RequireValid(local, doi, initial);
            (await client.UpdateDoiAsync(doi, DataCiteFields.Attributes(local, local.Keys, doi, initial), ct)).EnsureContent();
            action = SyncAction.Created;
        }
        else
        {
            DoiAttributes remote = current.EnsureContent().Data.Attributes;
            DataCiteMetadata remoteMetadata = DataCiteJsonMapper.FromAttributes(remote);
            FieldSet remoteFields = DataCiteFields.From(remoteMetadata);
            plan = ThreeWayMerge.Plan(state.Snapshot, local, remoteFields, clock.GetUtcNow());
            OursWinOnDerivedFields(plan);
            string? lifecycle = NextEvent(record.Status, remote.State);
            action = SyncAction.None;
            if (plan.NeedsRemoteWrite || lifecycle is not null)
            {
                FieldSet target = plan.RemoteTarget(local, remoteFields);
                RequireValid(target, doi, lifecycle);
                (await client.UpdateDoiAsync(doi, DataCiteFields.Attributes(target, plan.Push, doi, lifecycle), ct)).EnsureContent();
                action = SyncAction.Updated;
            }
            if (plan.NeedsLocalWrite || record.Doi is null)
            {
                var taken = plan.Take.ToList();
                record = await ws.ApplyRemoteEditAsync(record.Id, record.Revision, Author, r =>
                {
                    r.Doi ??= doi; // finishes a reservation interrupted after DataCite had the DOI
                    return DataCiteToRecord.Apply(r, remoteMetadata, taken);
                }, ct);
                if (action == SyncAction.None && taken.Count > 0) action = SyncAction.Pulled;
            }
            if (action == SyncAction.None && plan.HasConflicts) action = SyncAction.Conflict;
        }
        if (fresh && record.Doi is null)
            record = await ws.ApplyRemoteEditAsync(record.Id, record.Revision, Author, r => { r.Doi ??= doi; return r; }, ct);

        DoiAttributes after = (await client.GetDoiAsync(doi, ct)).EnsureContent().Data.Attributes;
        FieldSet localAfter = LocalFields(record, org, doi, context);
        state.Snapshot = plan.NextSnapshot(fresh ? null : state.Snapshot, localAfter, DataCiteFields.From(DataCiteJsonMapper.FromAttributes(after)));
        state.Conflicts = plan.Conflicts;
        state.RemoteId = doi;
        state.PendingCreateToken = null;
        state.LastPushedRevision = record.Revision;
        state.LastRemoteModified = after.Updated?.ToString("O");
        state.Status = plan.HasConflicts ? SyncStatuses.Conflict : SyncStatuses.Synced;
        state.LastError = null;
        await ws.SaveStateAsync(state, ct);
        await metrics.SaveAsync(record.Id, after, ct);
        await concepts.SyncAsync(record, ws, ct);
        return new SyncResult(action, doi, plan.Push, plan.Take, plan.Conflicts);
    }

    public async Task<DataCiteMetadata> LocalMetadataAsync(DatasetRecord record, Organization? org, CancellationToken ct) =>
        RecordToDataCite.Map(record, org, await contexts.ForAsync(record, ct));

    private static FieldSet LocalFields(DatasetRecord record, Organization? org, string doi, DataCiteMappingContext context) =>
        DataCiteFields.From(RecordToDataCite.Map(record, org, context) with { Identifier = doi });

    /// <summary>
    /// Only the fields a person may edit in Fabrica come back into the record; the others are derived from it,
    /// so a change made to them at DataCite is overwritten rather than taken or held as a conflict.
    /// </summary>
    private static void OursWinOnDerivedFields(MergePlan plan)
    {
        foreach (string field in plan.Take.Where(f => !DataCiteFields.TwoWay.Contains(f)).ToList())
        {
            plan.Take.Remove(field);
            plan.Push.Add(field);
        }
        foreach (FieldConflict conflict in plan.Conflicts.Where(c => !DataCiteFields.TwoWay.Contains(c.Field)).ToList())
        {
            plan.Conflicts.Remove(conflict);
            plan.Push.Add(conflict.Field);
        }
    }

    /// <summary>A DOI created for a record that is already public starts in the matching state.</summary>
    internal static string? InitialEvent(RecordStatus status) => status switch
    {
        RecordStatus.Published => DoiEvents.Publish,
        RecordStatus.Withdrawn => DoiEvents.Register,
        _ => null,
    };

    /// <summary>Published ⇒ findable; withdrawn ⇒ registered (hidden, never deleted); drafts stay drafts.</summary>
    internal static string? NextEvent(RecordStatus status, string? remoteState) => (status, remoteState) switch
    {
        (RecordStatus.Published, DoiStates.Draft or DoiStates.Registered) => DoiEvents.Publish,
        (RecordStatus.Withdrawn, DoiStates.Findable) => DoiEvents.Hide,
        (RecordStatus.Withdrawn, DoiStates.Draft) => DoiEvents.Register,
        _ => null,
    };

    /// <summary>Leaving draft is when DataCite checks the XSD; we check first and send nothing if it would fail.</summary>
    private void RequireValid(FieldSet fields, string doi, string? doiEvent)
    {
        if (doiEvent is not (DoiEvents.Publish or DoiEvents.Register) || schema.Validator is not { } validator) return;
        var issues = DataCiteXsdGate.Check(DataCiteFields.ToMetadata(fields, doi), validator);
        if (issues.Count > 0) throw new DataCiteMetadataRejectedException(issues);
    }

    /// <summary>A draft record deleted here: its draft DOI goes too. Registered or findable DOIs cannot be deleted (405) and stay.</summary>
    private async Task<SyncResult> DeleteDraftAsync(SyncStateView state, ISyncWorkspace ws, CancellationToken ct)
    {
        string? doi = state.RemoteId ?? state.PendingCreateToken;
        if (doi is null) return SyncResult.Nothing(null);
        var deleted = await client.DeleteDoiAsync(doi, ct);
        if (!deleted.IsSuccess && deleted.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)) deleted.EnsureContent();
        state.Status = SyncStatuses.RemoteDeleted;
        state.PendingCreateToken = null;
        await ws.SaveStateAsync(state, ct);
        return new SyncResult(SyncAction.Deleted, doi, [], [], []);
    }
}

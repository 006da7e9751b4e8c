using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync;

/// <summary>
/// The catalogue side of a sync, over the record store: remote edits become ordinary revisions (validated,
/// versioned, indexed) authored by the target ("sync:udata"), never silent writes to the table.
/// </summary>
public sealed class SyncWorkspace(CatalogueDbContext db, DatasetStore store, SyncStateStore states, TimeProvider clock) : ISyncWorkspace
{
    private static Caller As(string author) => new(author, true, new HashSet<Guid>());

    public async Task<DatasetRecord?> GetRecordAsync(Guid datasetId, CancellationToken ct)
    {
        var doc = await db.Datasets.AsNoTracking().Where(d => d.Id == datasetId).Select(d => d.Document).FirstOrDefaultAsync(ct);
        return doc is null ? null : RecordJson.Deserialize(doc);
    }

    public Task<Organization?> GetOrganizationAsync(Guid organizationId, CancellationToken ct) => store.OrganizationAsync(organizationId, ct);

    public async Task<IReadOnlyList<Organization>> OrganizationsAsync(CancellationToken ct)
    {
        var docs = await db.Organizations.AsNoTracking().OrderBy(o => o.Slug).Select(o => o.Document).ToListAsync(ct);
        return docs.Select(d => System.Text.Json.JsonSerializer.Deserialize(d, RecordJsonContext.Default.Organization)!).ToList();
    }

    public Task<SyncStateView> GetStateAsync(Guid datasetId, string target, CancellationToken ct) => states.GetAsync(datasetId, target, ct);
    public Task<SyncStateView?> FindByRemoteIdAsync(string target, string remoteId, CancellationToken ct) => states.FindByRemoteIdAsync(target, remoteId, ct);
    public Task<IReadOnlyDictionary<string, SyncStateView>> FindByRemoteIdsAsync(string target, IReadOnlyCollection<string> remoteIds, CancellationToken ct) =>
        states.FindByRemoteIdsAsync(target, remoteIds, ct);
    public Task SaveStateAsync(SyncStateView state, CancellationToken ct) => states.SaveAsync(state, ct);
    public async Task RunAtomicallyAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) { await work(ct); return; }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await work(ct);
        await tx.CommitAsync(ct);
    }

    public Task<DateTimeOffset?> GetCursorAsync(string target, string scope, CancellationToken ct) => states.GetCursorAsync(target, scope, ct);
    public Task SaveCursorAsync(string target, string scope, DateTimeOffset cursor, CancellationToken ct) => states.SaveCursorAsync(target, scope, cursor, ct);

    public async Task AcknowledgeOutboxAsync(Guid datasetId, string target, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Outbox.Where(m => m.DatasetId == datasetId && m.Target == target && m.ProcessedAt == null && m.LockedBy == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, now), ct);
    }

    public Task<bool> HasPendingOutboxAsync(Guid datasetId, string target, CancellationToken ct) =>
        db.Outbox.AnyAsync(m => m.DatasetId == datasetId && m.Target == target && m.ProcessedAt == null, ct);

    public Task<DatasetRecord> ApplyRemoteEditAsync(Guid datasetId, int expectedRevision, string author, Func<DatasetRecord, DatasetRecord> change, CancellationToken ct) =>
        store.ModifyAsync(datasetId, expectedRevision, As(author), author, change, ct, requireIfMatch: false);

    public async Task<DatasetRecord> CreateFromRemoteAsync(DatasetRecord record, bool publish, string author, CancellationToken ct)
    {
        var created = await store.CreateAsync(record, As(author), ct);
        if (!publish) return created;
        try { return await store.TransitionAsync(created.Id, LifecycleAction.Publish, null, As(author), null, ct); }
        // Public there but not yet publishable here (mandatory HealthDCAT-AP fields missing): it waits as a draft for an editor.
        catch (PublicationRefusedException) { return created; }
    }

    public async Task<RemoteImportResult> ImportFromRemoteAsync(IReadOnlyList<DatasetRecord> records, string target, string author,
        Func<DatasetRecord, SyncStateView> stateFor, CancellationToken ct)
    {
        var imported = new List<DatasetRecord>(records.Count);
        var rejected = new List<RemoteImportRejection>();
        // Inside each batch's transaction: the links and baselines, and the import's own outbox items for the
        // target marked done (the remote already holds what was just imported).
        async Task LinkAsync(IReadOnlyList<DatasetRecord> stored, CancellationToken token)
        {
            if (stored.Count == 0) return;
            await states.AddNewAsync(stored.Select(stateFor), token);
            var ids = stored.Select(r => r.Id).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Outbox.Where(m => m.Target == target && m.ProcessedAt == null && ids.Contains(m.DatasetId))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, now), token);
            imported.AddRange(stored);
        }

        var first = await store.ImportBatchAsync(records, As(author), ct, LinkAsync);
        var asDrafts = new List<DatasetRecord>();
        foreach (var r in first.Rejected)
        {
            if (r.Index < 0) continue;
            var record = records[r.Index];
            // Public there but not yet publishable here (mandatory HealthDCAT-AP fields missing): it waits as a draft for an editor.
            if (record.Status == RecordStatus.Published) { record.Status = RecordStatus.Draft; asDrafts.Add(record); }
            else rejected.Add(new RemoteImportRejection(record, r.Reasons));
        }
        if (asDrafts.Count > 0)
            foreach (var r in (await store.ImportBatchAsync(asDrafts, As(author), ct, LinkAsync)).Rejected)
                if (r.Index >= 0) rejected.Add(new RemoteImportRejection(asDrafts[r.Index], r.Reasons));
        return new RemoteImportResult(imported, rejected);
    }

    public async Task WithdrawFromRemoteAsync(Guid datasetId, string reason, string author, CancellationToken ct)
    {
        var current = await GetRecordAsync(datasetId, ct);
        if (current?.Status != RecordStatus.Published) return;
        await store.TransitionAsync(datasetId, LifecycleAction.Withdraw, null, As(author), reason, ct);
    }
}

using Catalogue.Api.Infrastructure;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync;

public sealed record TargetStatus(string Target, int Pending, int Failed, int Conflicts, int Errors, int Synced, int RemoteDeleted, DateTime? LastSyncAt, string? LastError);

public sealed record DatasetSyncStatus(
    string Target, string? RemoteId, string Status, int LastPushedRevision, string? LastRemoteModified, DateTimeOffset UpdatedAt,
    int PendingItems, string? LastError, IReadOnlyList<FieldConflict> Conflicts);

/// <summary>Read models for REST, GraphQL and the CLI: per record and per target. Never exposes configuration.</summary>
public sealed class SyncStatusQueries(CatalogueDbContext db, SyncStateStore states)
{
    public async Task<IReadOnlyList<TargetStatus>> TargetsAsync(IEnumerable<string> targets, Guid? organizationId, CancellationToken ct)
    {
        var result = new List<TargetStatus>();
        var datasetIds = organizationId is { } org ? db.Datasets.Where(d => d.OrganizationId == org).Select(d => d.Id) : null;
        foreach (var target in targets)
        {
            var outbox = db.Outbox.AsNoTracking().Where(m => m.Target == target && m.ProcessedAt == null);
            var rows = db.SyncStates.AsNoTracking().Where(s => s.Target == target);
            if (datasetIds is not null) { outbox = outbox.Where(m => datasetIds.Contains(m.DatasetId)); rows = rows.Where(s => datasetIds.Contains(s.DatasetId)); }
            var counts = await rows.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            int Count(string status) => counts.FirstOrDefault(c => c.Key == status)?.Count ?? 0;
            var lastError = await outbox.Where(m => m.LastError != null).OrderByDescending(m => m.Id).Select(m => m.LastError).FirstOrDefaultAsync(ct);
            result.Add(new TargetStatus(target,
                await outbox.CountAsync(ct), await outbox.CountAsync(m => m.Attempts > 0, ct),
                Count(SyncStatuses.Conflict), Count(SyncStatuses.Error), Count(SyncStatuses.Synced), Count(SyncStatuses.RemoteDeleted),
                await rows.MaxAsync(s => (DateTime?)s.UpdatedAt, ct), lastError));
        }
        return result;
    }

    public async Task<IReadOnlyList<DatasetSyncStatus>> DatasetAsync(Guid datasetId, IEnumerable<string> targets, CancellationToken ct)
    {
        var known = (await states.ForDatasetAsync(datasetId, ct)).ToDictionary(s => s.Target);
        var pending = await db.Outbox.AsNoTracking().Where(m => m.DatasetId == datasetId && m.ProcessedAt == null)
            .GroupBy(m => m.Target).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return targets.Union(known.Keys).Select(t =>
        {
            var s = known.GetValueOrDefault(t) ?? new SyncStateView { DatasetId = datasetId, Target = t, Status = "never" };
            return new DatasetSyncStatus(t, s.RemoteId, s.Status, s.LastPushedRevision, s.LastRemoteModified, s.UpdatedAt,
                pending.FirstOrDefault(p => p.Key == t)?.Count ?? 0, s.LastError, s.Conflicts);
        }).ToList();
    }
}

using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Services;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync;

/// <summary>The actions REST, GraphQL and the CLI share: enqueue, pull, resolve a conflict.</summary>
public sealed class SyncCommands(CatalogueDbContext db, SyncWorkspace workspace, SyncStateStore states, IEnumerable<ISyncTarget> targets, TimeProvider clock)
{
    public ISyncTarget? Find(string name) => targets.FirstOrDefault(t => t.Name == name);
    public IReadOnlyList<string> TargetNames => targets.Select(t => t.Name).ToList();

    /// <summary>Queues a push of every record (of one organisation) for the target; the dispatcher coalesces duplicates.</summary>
    public async Task<int> EnqueueAllAsync(string target, Guid? organizationId, CancellationToken ct)
    {
        var q = db.Datasets.AsNoTracking();
        if (organizationId is { } org) q = q.Where(d => d.OrganizationId == org);
        var rows = await q.Select(d => new { d.Id, d.Revision }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in rows)
            db.Outbox.Add(new OutboxMessageEntity { Target = target, Operation = "push", DatasetId = r.Id, Revision = r.Revision, CreatedAt = now, NextAttemptAt = now });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return rows.Count;
    }

    public Task<PullReport> PullAsync(ISyncTarget target, PullRequest request, CancellationToken ct) => target.PullAsync(request, workspace, ct);

    /// <summary>
    /// Settles conflicts of one record (one field, or all when <paramref name="field"/> is null) in favour of one
    /// side, then queues a sync that applies the choice.
    /// </summary>
    public async Task<SyncStateView> ResolveAsync(Guid datasetId, string target, string? field, ConflictSide side, CancellationToken ct)
    {
        var state = await states.GetAsync(datasetId, target, ct);
        var chosen = state.Conflicts.Where(c => field is null || c.Field == field).ToList();
        if (chosen.Count == 0) throw new NotFoundException(field is null ? "A conflict on this record" : $"A conflict on '{field}'");
        state.Snapshot ??= new SyncSnapshot();
        foreach (var c in chosen) ConflictResolution.Resolve(state.Snapshot, c, side);
        state.Conflicts = state.Conflicts.Except(chosen).ToList();
        state.Status = state.Conflicts.Count > 0 ? SyncStatuses.Conflict : SyncStatuses.Pending;
        await states.SaveAsync(state, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var revision = await db.Datasets.Where(d => d.Id == datasetId).Select(d => d.Revision).FirstOrDefaultAsync(ct);
        db.Outbox.Add(new OutboxMessageEntity { Target = target, Operation = "resolve", DatasetId = datasetId, Revision = revision, CreatedAt = now, NextAttemptAt = now });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return state;
    }
}

using Catalogue.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync.Outbox;

/// <summary>
/// The lease itself, identical on both providers: a conditional UPDATE that only succeeds while the item is
/// still unprocessed, unleased and the head of its dataset's queue. One affected row means this worker owns it;
/// zero means someone else got there first. The database serialises the two UPDATEs, so only one can win.
/// </summary>
public static class OutboxLeasing
{
    public static async Task<bool> TryLeaseAsync(CatalogueDbContext db, long id, OutboxLease lease, CancellationToken ct)
    {
        var now = lease.Now;
        var rows = await db.Outbox
            .Where(m => m.Id == id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .Where(m => !db.Outbox.Any(o => o.Target == m.Target && o.DatasetId == m.DatasetId && o.ProcessedAt == null && o.Id < m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, lease.Worker).SetProperty(m => m.LockedUntil, lease.Until), ct);
        return rows == 1;
    }

    public static IQueryable<long> Candidates(CatalogueDbContext db, DateTime now, IReadOnlyCollection<string> targets) =>
        db.Outbox.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now) && targets.Contains(m.Target))
            .Where(m => !db.Outbox.Any(o => o.Target == m.Target && o.DatasetId == m.DatasetId && o.ProcessedAt == null && o.Id < m.Id))
            .OrderBy(m => m.Id)
            .Select(m => m.Id);
}

/// <summary>SQLite: one writer at a time, so candidates are read plainly and the lease UPDATE decides.</summary>
public sealed class SqliteOutboxCandidates : IOutboxCandidates
{
    public async Task<IReadOnlyList<long>> ClaimAsync(CatalogueDbContext db, OutboxLease lease, int batchSize, IReadOnlyCollection<string> targets, CancellationToken ct)
    {
        var ids = await OutboxLeasing.Candidates(db, lease.Now, targets).Take(batchSize).ToListAsync(ct);
        var claimed = new List<long>();
        foreach (var id in ids)
            if (await OutboxLeasing.TryLeaseAsync(db, id, lease, ct)) claimed.Add(id);
        return claimed;
    }
}

/// <summary>
/// PostgreSQL: candidates are selected <c>FOR UPDATE SKIP LOCKED</c> inside a transaction, so concurrent
/// workers walk past each other's rows instead of queueing on them; the lease UPDATE then commits with it.
/// </summary>
public sealed class PostgresOutboxCandidates : IOutboxCandidates
{
    public async Task<IReadOnlyList<long>> ClaimAsync(CatalogueDbContext db, OutboxLease lease, int batchSize, IReadOnlyCollection<string> targets, CancellationToken ct)
    {
        var now = lease.Now;
        var targetArray = targets.ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = await db.Database.SqlQuery<long>($"""
            SELECT m."Id" AS "Value" FROM outbox_messages m
            WHERE m."ProcessedAt" IS NULL AND m."NextAttemptAt" <= {now}
              AND (m."LockedUntil" IS NULL OR m."LockedUntil" < {now}) AND m."Target" = ANY({targetArray})
              AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o."Target" = m."Target" AND o."DatasetId" = m."DatasetId" AND o."ProcessedAt" IS NULL AND o."Id" < m."Id")
            ORDER BY m."Id" LIMIT {batchSize}
            FOR UPDATE OF m SKIP LOCKED
            """).ToListAsync(ct);
        var claimed = new List<long>();
        foreach (var id in ids)
            if (await OutboxLeasing.TryLeaseAsync(db, id, lease, ct)) claimed.Add(id);
        await tx.CommitAsync(ct);
        return claimed;
    }
}

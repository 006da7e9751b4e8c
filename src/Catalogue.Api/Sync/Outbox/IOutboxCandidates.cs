using Catalogue.Api.Infrastructure;

namespace Catalogue.Api.Sync.Outbox;

/// <summary>
/// Picks outbox items a worker may try to lease: due, unleased (or lease expired), unprocessed, and the oldest
/// pending item of their dataset and target — so one dataset is only ever worked on by one worker at a time,
/// and its items are applied in order. Provider-specific because PostgreSQL can skip rows another worker holds.
/// </summary>
public interface IOutboxCandidates
{
    /// <summary>Returns leased item ids. Runs inside the caller's transaction when there is one.</summary>
    Task<IReadOnlyList<long>> ClaimAsync(CatalogueDbContext db, OutboxLease lease, int batchSize, IReadOnlyCollection<string> targets, CancellationToken ct);
}

/// <summary>Who is claiming, until when, at what time.</summary>
public sealed record OutboxLease(string Worker, DateTime Now, DateTime Until);

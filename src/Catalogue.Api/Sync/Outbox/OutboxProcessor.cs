using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.Outbox;

/// <summary>
/// Drains the outbox one batch at a time: lease items, push each dataset's latest state once (all its pending
/// items up to that point are coalesced into that one push), and on failure release the item with an
/// exponential back-off. Safe to run in several processes against one database.
/// </summary>
public sealed class OutboxProcessor(IServiceScopeFactory scopes, IOptions<SyncDispatcherOptions> options, IOptions<Services.SyncTargetsOptions> enabled,
    TimeProvider clock, ILogger<OutboxProcessor> log)
{
    private readonly SyncDispatcherOptions _options = options.Value;

    public string WorkerId { get; } = options.Value.WorkerId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Processes one batch; returns how many items it leased (0 = nothing due).</summary>
    public async Task<int> RunBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CatalogueDbContext>();
        var targets = services.GetServices<ISyncTarget>().Where(t => enabled.Value.Enabled.Contains(t.Name)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        if (targets.Count == 0) return 0;

        var now = clock.GetUtcNow().UtcDateTime;
        var lease = new OutboxLease(WorkerId, now, now.AddSeconds(_options.LeaseSeconds));
        var ids = await services.GetRequiredService<IOutboxCandidates>().ClaimAsync(db, lease, _options.BatchSize, targets.Keys.ToList(), ct);
        foreach (var id in ids)
        {
            // Items later in the batch may have waited: renew first, and skip any whose lease went to another worker.
            await using var keeper = await OutboxLeaseKeeper.StartAsync(scopes, id, WorkerId, TimeSpan.FromSeconds(_options.LeaseSeconds), clock, ct);
            if (keeper is null) continue;
            var message = await db.Outbox.AsNoTracking().FirstAsync(m => m.Id == id, ct);
            await ProcessAsync(services, db, targets[message.Target], message, keeper.Token, ct);
        }
        return ids.Count;
    }

    /// <summary>Runs batches until nothing is due (for the CLI and tests); returns the number of items handled.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var total = 0;
        for (int n; (n = await RunBatchAsync(ct)) > 0;) total += n;
        return total;
    }

    /// <param name="leaseToken">Cancelled when the lease is lost (or the host stops).</param>
    private async Task ProcessAsync(IServiceProvider services, CatalogueDbContext db, ISyncTarget target, OutboxMessageEntity message, CancellationToken leaseToken, CancellationToken ct)
    {
        var workspace = services.GetRequiredService<SyncWorkspace>();
        // Read before the record: every item up to here was written before the state we are about to push.
        var coveredUpTo = await db.Outbox.AsNoTracking()
            .Where(m => m.Target == message.Target && m.DatasetId == message.DatasetId && m.ProcessedAt == null)
            .MaxAsync(m => (long?)m.Id, ct) ?? message.Id;
        var state = await workspace.GetStateAsync(message.DatasetId, target.Name, ct);
        try
        {
            var record = await workspace.GetRecordAsync(message.DatasetId, ct);
            var org = record is null ? null : await workspace.GetOrganizationAsync(record.OrganizationId, ct);
            var result = await target.PushAsync(new SyncContext(message.DatasetId, record, org, state, workspace), leaseToken);
            await CompleteAsync(db, message, coveredUpTo, ct);
            log.LogInformation("Outbox {Id}: {Target} {Dataset} → {Action} (remote {RemoteId})", message.Id, target.Name, message.DatasetId, result.Action, result.RemoteId);
        }
        catch (OperationCanceledException) when (leaseToken.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            log.LogWarning("Outbox {Id}: lease lost while pushing {Dataset}; another worker carries on.", message.Id, message.DatasetId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await FailAsync(db, workspace, message, e, ct);
        }
    }

    private async Task CompleteAsync(CatalogueDbContext db, OutboxMessageEntity message, long coveredUpTo, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var worker = WorkerId;
        // Items of this dataset another worker leased in the meantime are theirs to finish.
        await db.Outbox
            .Where(m => m.Target == message.Target && m.DatasetId == message.DatasetId && m.ProcessedAt == null && m.Id <= coveredUpTo)
            .Where(m => m.LockedBy == null || m.LockedBy == worker || m.LockedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, now).SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), ct);
    }

    private async Task FailAsync(CatalogueDbContext db, SyncWorkspace workspace, OutboxMessageEntity message, Exception e, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var delay = Math.Min(_options.MaxRetrySeconds, _options.BaseRetrySeconds * Math.Pow(2, Math.Min(attempts - 1, 20)));
        var now = clock.GetUtcNow().UtcDateTime;
        // Exception messages of the clients never carry credentials; they are safe to store and show.
        var error = $"{e.GetType().Name}: {e.Message}";
        if (error.Length > 2000) error = error[..2000];
        log.LogWarning("Outbox {Id}: {Target} {Dataset} failed (attempt {Attempts}), retry in {Delay}s: {Error}", message.Id, message.Target, message.DatasetId, attempts, delay, error);
        var worker = WorkerId;
        db.ChangeTracker.Clear();
        await db.Outbox.Where(m => m.Id == message.Id && m.LockedBy == worker)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, now.AddSeconds(delay))
                .SetProperty(m => m.LastError, error).SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
        var state = await workspace.GetStateAsync(message.DatasetId, message.Target, CancellationToken.None);
        state.Status = state.Conflicts.Count > 0 ? SyncStatuses.Conflict : SyncStatuses.Error;
        state.LastError = error;
        await workspace.SaveStateAsync(state, CancellationToken.None);
    }
}

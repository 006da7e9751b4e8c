using Catalogue.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync.Outbox;

/// <summary>
/// Keeps one item's lease alive while it is worked on (a push can outlast a lease when the remote is slow or
/// rate-limits), on its own database scope. If the lease was lost — another worker took the item after it
/// expired — <see cref="Token"/> is cancelled so this worker stops instead of pushing the same dataset twice.
/// </summary>
public sealed class OutboxLeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private OutboxLeaseKeeper(IServiceScopeFactory scopes, long id, string worker, TimeSpan lease, TimeProvider clock, CancellationToken outer)
    {
        _lost = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _loop = KeepAsync(scopes, id, worker, lease, clock);
    }

    public CancellationToken Token => _lost.Token;

    /// <summary>Renews the lease now and keeps renewing it; null when this worker no longer holds it.</summary>
    public static async Task<OutboxLeaseKeeper?> StartAsync(IServiceScopeFactory scopes, long id, string worker, TimeSpan lease, TimeProvider clock, CancellationToken ct) =>
        await RenewAsync(scopes, id, worker, lease, clock, ct) ? new OutboxLeaseKeeper(scopes, id, worker, lease, clock, ct) : null;

    private async Task KeepAsync(IServiceScopeFactory scopes, long id, string worker, TimeSpan lease, TimeProvider clock)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(200).Ticks, lease.Ticks / 3));
        try
        {
            while (true)
            {
                await Task.Delay(period, _stop.Token);
                if (!await RenewAsync(scopes, id, worker, lease, clock, _stop.Token)) { await _lost.CancelAsync(); return; }
            }
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }

    private static async Task<bool> RenewAsync(IServiceScopeFactory scopes, long id, string worker, TimeSpan lease, TimeProvider clock, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var until = clock.GetUtcNow().UtcDateTime + lease;
        return await db.Outbox.Where(m => m.Id == id && m.LockedBy == worker && m.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), ct) == 1;
    }
}

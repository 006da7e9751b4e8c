using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.Outbox;

/// <summary>The background worker that drains the outbox while the server runs (one per process; any number of processes).</summary>
public sealed class OutboxDispatcher(OutboxProcessor processor, IOptions<SyncDispatcherOptions> options, ILogger<OutboxDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));
        log.LogInformation("Outbox dispatcher {Worker} started.", processor.WorkerId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await processor.RunBatchAsync(stoppingToken) > 0) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the items stay in the outbox and are retried.
                log.LogError(e, "Outbox dispatcher batch failed.");
            }
            try { await Task.Delay(idle, stoppingToken); } catch (OperationCanceledException) { break; }
        }
    }
}

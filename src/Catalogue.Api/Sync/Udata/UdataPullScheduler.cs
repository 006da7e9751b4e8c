using Catalogue.Api.Services;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.Udata;

/// <summary>Incremental pulls from data.gouv.fr every <c>Sync:Udata:PullIntervalSeconds</c> (off when 0 or udata is not enabled).</summary>
public sealed class UdataPullScheduler(IServiceScopeFactory scopes, IOptions<UdataSyncOptions> options, IOptions<SyncTargetsOptions> enabled, ILogger<UdataPullScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PullIntervalSeconds;
        if (interval <= 0 || !enabled.Value.Enabled.Contains(UdataReconciler.Target)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var commands = scope.ServiceProvider.GetRequiredService<SyncCommands>();
                var report = await commands.PullAsync(commands.Find(UdataReconciler.Target)!, new PullRequest(null, null, false), stoppingToken);
                if (report.Seen > 0) log.LogInformation("Pulled from data.gouv.fr: {Report}", report);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e) { log.LogWarning("Scheduled pull from data.gouv.fr failed: {Error}", e.Message); }
        }
    }
}

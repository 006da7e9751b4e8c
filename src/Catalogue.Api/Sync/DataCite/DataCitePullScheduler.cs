using Catalogue.Api.Services;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>DataCite specifics of the sync (configuration section <c>Sync:DataCite</c>).</summary>
public sealed class DataCiteSyncOptions
{
    public const string Section = "Sync:DataCite";

    /// <summary>Period of the background pull (state, Fabrica edits, counts) in seconds; 0 disables it.</summary>
    public double PullIntervalSeconds { get; set; }
}

/// <summary>Pulls every DOI back from DataCite periodically while the server runs, when enabled.</summary>
public sealed class DataCitePullScheduler(IServiceScopeFactory scopes, IOptions<DataCiteSyncOptions> options, IOptions<SyncTargetsOptions> targets, ILogger<DataCitePullScheduler> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PullIntervalSeconds <= 0 || !targets.Value.Enabled.Contains(DataCiteReconciler.Target)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PullIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var report = await scope.ServiceProvider.GetRequiredService<DataCitePuller>()
                    .PullAsync(new PullRequest(null, null, false), scope.ServiceProvider.GetRequiredService<SyncWorkspace>(), stoppingToken);
                log.LogInformation("DataCite pull: {Seen} seen, {Updated} updated, {Conflicts} conflicts.", report.Seen, report.Updated, report.Conflicts);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e) { log.LogError(e, "DataCite pull failed; retrying at the next tick."); }
        }
    }
}

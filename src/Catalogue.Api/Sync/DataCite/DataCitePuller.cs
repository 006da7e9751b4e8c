using Catalogue.Api.Infrastructure;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Pull: reads every DOI the catalogue holds back from DataCite (its state, Fabrica edits, usage counts) and
/// reconciles it with the same rules as a push. DataCite only knows DOIs we minted, so there is nothing to
/// onboard; a failing DOI is recorded on its own state and does not stop the others.
/// </summary>
public sealed class DataCitePuller(CatalogueDbContext db, DataCiteReconciler reconciler, ILogger<DataCitePuller> log)
{
    public async Task<PullReport> PullAsync(PullRequest request, ISyncWorkspace ws, CancellationToken ct)
    {
        var rows = db.SyncStates.AsNoTracking().Where(s => s.Target == DataCiteReconciler.Target && s.RemoteId != null);
        if (request.OrganizationId is { } org)
            rows = rows.Where(s => db.Datasets.Any(d => d.Id == s.DatasetId && d.OrganizationId == org));
        var ids = await rows.OrderBy(s => s.DatasetId).Select(s => s.DatasetId).ToListAsync(ct);

        int seen = 0, updated = 0, conflicts = 0, unchanged = 0;
        foreach (var id in ids)
        {
            seen++;
            var state = await ws.GetStateAsync(id, DataCiteReconciler.Target, ct);
            try
            {
                var record = await ws.GetRecordAsync(id, ct);
                if (record is null) { unchanged++; continue; }
                var publisher = await ws.GetOrganizationAsync(record.OrganizationId, ct);
                var result = await reconciler.ReconcileAsync(record, publisher, state, ws, ct);
                if (result.Conflicts.Count > 0) conflicts++;
                if (result.Action is SyncAction.None or SyncAction.Conflict) unchanged++; else updated++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "DataCite pull of {Dataset} failed.", id);
                state = await ws.GetStateAsync(id, DataCiteReconciler.Target, ct);
                state.Status = SyncStatuses.Error;
                state.LastError = $"{e.GetType().Name}: {e.Message}";
                await ws.SaveStateAsync(state, ct);
            }
            request.Progress?.Report(new PullProgress(seen, 0, updated));
        }
        return new PullReport(seen, 0, updated, 0, conflicts, unchanged, null);
    }
}

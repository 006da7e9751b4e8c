using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync;

/// <summary>
/// The <c>sync_states</c> table. Every save commits at once: a target records its intent (the pending create
/// token) before the remote call, so the intent survives a crash in the middle of it. The last error and the
/// last push/pull times live in the <c>Metrics</c> JSON column.
/// </summary>
public sealed class SyncStateStore(CatalogueDbContext db, TimeProvider clock)
{
    /// <summary>Pull cursors live in rows of their own: no dataset, target "{target}:cursor:{scope}".</summary>
    private static string CursorTarget(string target, string scope) => $"{target}:cursor:{scope}";

    public async Task<SyncStateView> GetAsync(Guid datasetId, string target, CancellationToken ct)
    {
        var row = await db.SyncStates.AsNoTracking().FirstOrDefaultAsync(s => s.DatasetId == datasetId && s.Target == target, ct);
        return row is null ? new SyncStateView { DatasetId = datasetId, Target = target } : ToView(row);
    }

    public async Task<SyncStateView?> FindByRemoteIdAsync(string target, string remoteId, CancellationToken ct)
    {
        var row = await db.SyncStates.AsNoTracking().FirstOrDefaultAsync(s => s.Target == target && s.RemoteId == remoteId, ct);
        return row is null ? null : ToView(row);
    }

    /// <summary>The states of many remote datasets at once (index IX_sync_states_Target_RemoteId), keyed by remote id.</summary>
    public async Task<IReadOnlyDictionary<string, SyncStateView>> FindByRemoteIdsAsync(string target, IReadOnlyCollection<string> remoteIds, CancellationToken ct)
    {
        if (remoteIds.Count == 0) return new Dictionary<string, SyncStateView>();
        var ids = remoteIds.ToList();
        var rows = await db.SyncStates.AsNoTracking().Where(s => s.Target == target && s.RemoteId != null && ids.Contains(s.RemoteId)).ToListAsync(ct);
        var found = new Dictionary<string, SyncStateView>(StringComparer.Ordinal);
        foreach (var row in rows) found.TryAdd(row.RemoteId!, ToView(row));
        return found;
    }

    /// <summary>
    /// Adds the states of records created in the current transaction (they have none yet) and saves them with it:
    /// a bulk import writes a record and its link together, so a crash leaves both or neither.
    /// </summary>
    public async Task AddNewAsync(IEnumerable<SyncStateView> views, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var view in views)
            db.SyncStates.Add(new SyncStateEntity
            {
                DatasetId = view.DatasetId, Target = view.Target, RemoteId = view.RemoteId, PendingCreateToken = view.PendingCreateToken,
                LastPushedRevision = view.LastPushedRevision, LastPushedSnapshot = view.Snapshot?.Serialize(),
                LastRemoteModified = view.LastRemoteModified, Status = view.Status, Conflict = ConflictJson.Serialize(view.Conflicts),
                Metrics = WithError(null, view.LastError), UpdatedAt = now,
            });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<SyncStateView>> ForDatasetAsync(Guid datasetId, CancellationToken ct) =>
        (await db.SyncStates.AsNoTracking().Where(s => s.DatasetId == datasetId && !s.Target.Contains(":")).ToListAsync(ct)).Select(ToView).ToList();

    public async Task SaveAsync(SyncStateView view, CancellationToken ct)
    {
        var row = await db.SyncStates.FirstOrDefaultAsync(s => s.DatasetId == view.DatasetId && s.Target == view.Target, ct);
        if (row is null) db.SyncStates.Add(row = new SyncStateEntity { DatasetId = view.DatasetId, Target = view.Target });
        row.RemoteId = view.RemoteId;
        row.PendingCreateToken = view.PendingCreateToken;
        row.LastPushedRevision = view.LastPushedRevision;
        row.LastPushedSnapshot = view.Snapshot?.Serialize();
        row.LastRemoteModified = view.LastRemoteModified;
        row.Status = view.Status;
        row.Conflict = ConflictJson.Serialize(view.Conflicts);
        row.Metrics = WithError(row.Metrics, view.LastError);
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<DateTimeOffset?> GetCursorAsync(string target, string scope, CancellationToken ct)
    {
        var t = CursorTarget(target, scope);
        var text = await db.SyncStates.AsNoTracking().Where(s => s.DatasetId == Guid.Empty && s.Target == t).Select(s => s.LastRemoteModified).FirstOrDefaultAsync(ct);
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
    }

    public Task SaveCursorAsync(string target, string scope, DateTimeOffset cursor, CancellationToken ct) =>
        SaveAsync(new SyncStateView
        {
            DatasetId = Guid.Empty, Target = CursorTarget(target, scope), LastRemoteModified = cursor.UtcDateTime.ToString("O"), Status = SyncStatuses.Synced,
        }, ct);

    public static SyncStateView ToView(SyncStateEntity row) => new()
    {
        DatasetId = row.DatasetId, Target = row.Target, RemoteId = row.RemoteId, PendingCreateToken = row.PendingCreateToken,
        LastPushedRevision = row.LastPushedRevision, Snapshot = SyncSnapshot.Parse(row.LastPushedSnapshot),
        LastRemoteModified = row.LastRemoteModified, Status = row.Status, Conflicts = ConflictJson.Parse(row.Conflict),
        LastError = ErrorOf(row.Metrics), UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(row.UpdatedAt, DateTimeKind.Utc)),
    };

    private static string? ErrorOf(string? metrics) =>
        metrics is null ? null : (JsonNode.Parse(metrics) as JsonObject)?["lastError"]?.GetValue<string>();

    private static string WithError(string? metrics, string? error)
    {
        var node = (metrics is null ? null : JsonNode.Parse(metrics) as JsonObject) ?? new JsonObject();
        node["lastError"] = error;
        return node.ToJsonString();
    }
}

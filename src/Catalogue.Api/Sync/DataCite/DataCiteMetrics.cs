using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Sync.DataCite.Dtos;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>What DataCite last told us about a DOI besides its metadata: state, usage counts, who edited it last.</summary>
public sealed record DoiMetrics(string? State, int ViewCount, int DownloadCount, int CitationCount, string? Source, DateTimeOffset? Updated, DateTimeOffset? ReadAt);

/// <summary>
/// Keeps <see cref="DoiMetrics"/> in the <c>Metrics</c> JSON of the dataset's <c>sync_states</c> row, next to the
/// keys the sync state store writes there (which it preserves, as this preserves them).
/// </summary>
public sealed class DataCiteMetrics(CatalogueDbContext db, TimeProvider clock)
{
    private const string Key = "datacite";

    public async Task SaveAsync(Guid datasetId, DoiAttributes remote, CancellationToken ct)
    {
        var row = await db.SyncStates.FirstOrDefaultAsync(s => s.DatasetId == datasetId && s.Target == DataCiteReconciler.Target, ct);
        if (row is null) return;
        var metrics = (row.Metrics is null ? null : JsonNode.Parse(row.Metrics) as JsonObject) ?? new JsonObject();
        metrics[Key] = new JsonObject
        {
            ["state"] = remote.State,
            ["viewCount"] = remote.ViewCount ?? 0,
            ["downloadCount"] = remote.DownloadCount ?? 0,
            ["citationCount"] = remote.CitationCount ?? 0,
            ["source"] = remote.Source,
            ["updated"] = remote.Updated?.ToString("O"),
            ["readAt"] = clock.GetUtcNow().ToString("O"),
        };
        row.Metrics = metrics.ToJsonString();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<DoiMetrics?> GetAsync(Guid datasetId, CancellationToken ct)
    {
        var text = await db.SyncStates.AsNoTracking()
            .Where(s => s.DatasetId == datasetId && s.Target == DataCiteReconciler.Target).Select(s => s.Metrics).FirstOrDefaultAsync(ct);
        if (text is null || (JsonNode.Parse(text) as JsonObject)?[Key] is not JsonObject m) return null;
        return new DoiMetrics((string?)m["state"], (int?)m["viewCount"] ?? 0, (int?)m["downloadCount"] ?? 0, (int?)m["citationCount"] ?? 0,
            (string?)m["source"], Date(m["updated"]), Date(m["readAt"]));
    }

    private static DateTimeOffset? Date(JsonNode? node) =>
        DateTimeOffset.TryParse((string?)node, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}

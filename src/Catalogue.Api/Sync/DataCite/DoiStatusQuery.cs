using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.DataCite.Metadata;
using Catalogue.Sync.Engine;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>What <c>GET /datasets/{id}/doi</c> shows.</summary>
public sealed record DoiStatus(
    string? Doi, string? ConceptDoi, string? PendingDoi, string SyncStatus, string? State, int LastPushedRevision,
    IReadOnlyList<FieldChange>? RemoteChanges, int ViewCount, int DownloadCount, int CitationCount, string? LastEditedWith,
    IReadOnlyList<FieldConflict> Conflicts, string? LastError, string? RemoteError);

/// <summary>
/// A record's DOI as DataCite holds it now: for editors of its organisation, read live (refreshing the stored
/// counts) and compared field by field, after normalisation, with what it held after our last push, so edits made
/// in Fabrica since then are listed. Others see the last known state, so public views never spend DataCite's rate limit.
/// </summary>
public sealed class DoiStatusQuery(DatasetStore store, SyncStateStore states, DataCiteMetrics metrics, IDataCiteClient client, ILogger<DoiStatusQuery> log)
{
    public async Task<DoiStatus> GetAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var record = (await store.GetAsync(id.ToString(), caller, ct)).Record;
        var state = await states.GetAsync(id, DataCiteReconciler.Target, ct);
        string? doi = DoiText.Bare(record.Doi)?.ToLowerInvariant();
        IReadOnlyList<FieldChange>? changes = null;
        string? remoteError = null;
        if (doi is not null && caller.CanEdit(record.OrganizationId))
        {
            try
            {
                var live = await client.GetDoiAsync(doi, ct);
                if (live.IsSuccess && live.Content is { } document)
                {
                    await metrics.SaveAsync(id, document.Data.Attributes, ct);
                    if (state.Snapshot is { } snapshot)
                        changes = DataCiteMetadataComparer.Diff(DataCiteFields.ToMetadata(snapshot.Remote, doi), DataCiteJsonMapper.FromAttributes(document.Data.Attributes));
                }
                else remoteError = $"DataCite answered {(int)live.StatusCode}.";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // Unreachable DataCite: show what we stored last time.
                log.LogWarning(e, "DataCite unreachable while reading {Doi}.", doi);
                remoteError = "DataCite is unreachable; showing the last known state.";
            }
        }
        var m = await metrics.GetAsync(id, ct);
        return new DoiStatus(record.Doi, record.ConceptDoi, record.Doi is null ? state.PendingCreateToken : null,
            state.RemoteId is null && state.PendingCreateToken is null ? "never" : state.Status, m?.State, state.LastPushedRevision,
            changes, m?.ViewCount ?? 0, m?.DownloadCount ?? 0, m?.CitationCount ?? 0, m?.Source, state.Conflicts, state.LastError, remoteError);
    }
}

using System.Net;
using Catalogue.Api.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.DataCite.Metadata;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// The concept DOI of a series of major versions (Zenodo's pattern): a DOI of its own that always resolves to the
/// latest version, carries that version's metadata and lists every version with HasVersion. It is derived wholly
/// from the versions, so it is rewritten (never merged) each time one of them is reconciled. Its suffix is chosen
/// and committed (a <see cref="Target"/> sync state, like a version DOI's) before DataCite is first called, and
/// every call is a PUT of that DOI, so a retry can never mint a second one.
/// </summary>
public sealed class ConceptDoiSync(
    CatalogueDbContext db, IDataCiteClient client, DataCiteMappingContexts contexts, DataCiteSchema schema, IOptions<DataCiteOptions> options)
{
    /// <summary>Sync states holding a concept DOI's intent and outcome, on the record that first asked for it.</summary>
    public const string Target = "datacite-concept";

    /// <summary>
    /// The series' concept DOI, chosen now if it has none (or only the legacy stand-in, its first version's DOI).
    /// The choice is committed on <paramref name="record"/>'s concept state before anything else, so asking again
    /// after a crash returns the same DOI.
    /// </summary>
    public async Task<(string Concept, bool Chosen)> ChooseAsync(DatasetRecord record, SyncStateStore states, CancellationToken ct)
    {
        if (DoiText.Bare(record.ConceptDoi) is { } current && !await IsVersionDoiAsync(current, ct)) return (current.ToLowerInvariant(), false);
        var state = await states.GetAsync(record.Id, Target, ct);
        state.PendingCreateToken ??= DoiReservations.NewDoi(options.Value.Prefix);
        if (state.RemoteId is null) state.Status = SyncStatuses.Pending;
        await states.SaveAsync(state, ct);
        return (state.PendingCreateToken, true);
    }

    /// <summary>The records of the series whose concept DOI is <paramref name="concept"/> (in any spelling), oldest first.</summary>
    public async Task<IReadOnlyList<DatasetRecord>> SeriesAsync(string concept, CancellationToken ct)
    {
        string bare = DoiText.Bare(concept) ?? concept;
        // ConceptDoi is not a column: narrow by its text in the document, then check exactly.
        var documents = await db.Datasets.AsNoTracking().Where(d => d.Document.Contains(bare)).Select(d => d.Document).ToListAsync(ct);
        return documents.Select(RecordJson.Deserialize)
            .Where(r => string.Equals(DoiText.Bare(r.ConceptDoi), bare, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.CreatedAt).ToList();
    }

    /// <summary>
    /// Brings the concept DOI of <paramref name="record"/>'s series in step with its versions: created if DataCite
    /// lacks it, the latest published version's metadata and landing page (the latest version while none is
    /// published), HasVersion for every version DOI, and a state that follows the series (findable once any
    /// version is published). Nothing is done for a record without a concept DOI of ours.
    /// </summary>
    public async Task SyncAsync(DatasetRecord record, ISyncWorkspace ws, CancellationToken ct)
    {
        string? concept = DoiText.Bare(record.ConceptDoi)?.ToLowerInvariant();
        if (concept is null || string.Equals(concept, DoiText.Bare(record.Doi), StringComparison.OrdinalIgnoreCase)) return;
        if (!concept.StartsWith(options.Value.Prefix + "/", StringComparison.OrdinalIgnoreCase)) return;

        var series = await SeriesAsync(concept, ct);
        if (series.Count == 0) return;
        var latest = series.LastOrDefault(r => r.Status == RecordStatus.Published) ?? series[^1];
        var org = await ws.GetOrganizationAsync(latest.OrganizationId, ct);
        var metadata = ConceptMetadata(latest, org, await contexts.ForAsync(latest, ct), concept, series);

        var current = await client.GetDoiAsync(concept, ct);
        bool fresh = current.StatusCode == HttpStatusCode.NotFound;
        string? remoteState = fresh ? null : current.EnsureContent().Data.Attributes.State;
        RecordStatus seriesStatus = SeriesStatus(series);
        string? doiEvent = fresh ? DataCiteReconciler.InitialEvent(seriesStatus) : DataCiteReconciler.NextEvent(seriesStatus, remoteState);
        if (doiEvent is DoiEvents.Publish or DoiEvents.Register && schema.Validator is { } validator
            && DataCiteXsdGate.Check(metadata, validator) is { Count: > 0 } issues)
            throw new DataCiteMetadataRejectedException(issues);
        (await client.UpdateDoiAsync(concept, DataCiteJsonMapper.ToAttributes(metadata, doiEvent), ct)).EnsureContent();

        foreach (var version in series)
        {
            var state = await ws.GetStateAsync(version.Id, Target, ct);
            if (!string.Equals(state.PendingCreateToken ?? state.RemoteId, concept, StringComparison.OrdinalIgnoreCase)) continue;
            state.RemoteId = concept;
            state.PendingCreateToken = null;
            state.Status = SyncStatuses.Synced;
            state.LastPushedRevision = latest.Revision;
            state.LastError = null;
            await ws.SaveStateAsync(state, ct);
        }
    }

    /// <summary>The latest version's metadata under the concept DOI; version links are replaced by HasVersion to each version.</summary>
    private static DataCiteMetadata ConceptMetadata(DatasetRecord latest, Organization? org, DataCiteMappingContext context, string concept, IReadOnlyList<DatasetRecord> series)
    {
        var mapped = RecordToDataCite.Map(latest, org, context);
        string[] versionLinks = ["IsVersionOf", "IsNewVersionOf", "IsPreviousVersionOf", "HasVersion"];
        var related = mapped.RelatedIdentifiers.Where(r => !versionLinks.Contains(r.RelationType))
            .Concat(series.Select(v => DoiText.Bare(v.Doi)).OfType<string>()
                .Select(doi => new DataCiteRelatedIdentifier(doi, "DOI", "HasVersion", "Dataset")))
            .Distinct().ToArray();
        // The version's own identifiers (its landing page URL) belong to that version, not to the series.
        return mapped with { Identifier = concept, RelatedIdentifiers = related, AlternateIdentifiers = [] };
    }

    private static RecordStatus SeriesStatus(IReadOnlyList<DatasetRecord> series) =>
        series.Any(r => r.Status == RecordStatus.Published) ? RecordStatus.Published
        : series.Any(r => r.Status == RecordStatus.Withdrawn) ? RecordStatus.Withdrawn
        : RecordStatus.Draft;

    /// <summary>True for the legacy stand-in: a series whose "concept" DOI is one of its versions' DOIs.</summary>
    private Task<bool> IsVersionDoiAsync(string doi, CancellationToken ct)
    {
        string lower = doi.ToLowerInvariant(), upper = doi.ToUpperInvariant();
        return db.Datasets.AsNoTracking().AnyAsync(d => d.Doi == doi || d.Doi == lower || d.Doi == upper, ct);
    }
}

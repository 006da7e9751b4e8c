using System.Security.Cryptography;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Editors' DOI actions: reserve a draft DOI now (so it can be cited in the documentation before publication)
/// and start a new major version with its own DOI, linked to the previous one and to the series' concept DOI.
/// </summary>
public sealed class DoiReservations(
    CatalogueDbContext db, DatasetStore store, SyncStateStore states, SyncWorkspace workspace, DataCiteReconciler reconciler, ConceptDoiSync concepts,
    IOptions<DataCiteOptions> options, IOptions<SyncTargetsOptions> targets, TimeProvider clock)
{
    private const string SuffixAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>
    /// Idempotent: a record that has a DOI keeps it. The DOI is chosen here and committed as the intent before
    /// DataCite is called, with an outbox item, so a crash after DataCite created it is finished by the
    /// dispatcher (or by asking again) with a PUT of that same DOI.
    /// </summary>
    public async Task<DatasetRecord> ReserveAsync(Guid id, Caller caller, CancellationToken ct)
    {
        RequireEnabled();
        var record = (await store.GetAsync(id.ToString(), caller, ct)).Record;
        if (!caller.CanEdit(record.OrganizationId)) throw new ForbiddenException("This key cannot edit this record's organisation.");
        if (record.Doi is not null) return record;

        // The series' concept DOI is chosen and put on the record first, so the version DOI is created already
        // linked to it (IsVersionOf); the reconciler then creates or updates the concept DOI itself.
        record = await EnsureConceptAsync(record, caller, ct);
        var state = await states.GetAsync(id, DataCiteReconciler.Target, ct);
        state.PendingCreateToken ??= NewDoi(options.Value.Prefix);
        state.Status = SyncStatuses.Pending;
        await states.SaveAsync(state, ct);
        await EnqueueAsync(id, record.Revision, "reserve", ct);

        var org = await store.OrganizationAsync(record.OrganizationId, ct);
        await reconciler.ReconcileAsync(record, org, state, workspace, ct);
        return (await store.GetAsync(id.ToString(), caller, ct)).Record;
    }

    /// <summary>
    /// A copy of the record as the next major version (a draft): <c>PreviousVersionId</c> set, the concept DOI of
    /// the series carried (minted now when the series had none, or only its first version's DOI standing in), a new DOI reserved. The previous
    /// version is queued for DataCite so its metadata gains the IsPreviousVersionOf link.
    /// </summary>
    public async Task<DatasetRecord> NewVersionAsync(Guid id, Caller caller, CancellationToken ct)
    {
        RequireEnabled();
        var previous = (await store.GetAsync(id.ToString(), caller, ct)).Record;
        if (!caller.CanEdit(previous.OrganizationId)) throw new ForbiddenException("This key cannot edit this record's organisation.");
        if (previous.Doi is null) throw new ConflictException("Reserve a DOI for this record before starting a new version of it.");

        previous = await EnsureConceptAsync(previous, caller, ct);
        string concept = previous.ConceptDoi!;
        var next = RecordJson.Clone(previous);
        int major = NextMajor(previous.Version);
        next.Id = Guid.NewGuid();
        next.Slug = $"{previous.Slug}-v{major}";
        next.Identifier = previous.Identifier.EndsWith(previous.Slug, StringComparison.Ordinal)
            ? previous.Identifier[..^previous.Slug.Length] + next.Slug
            : $"{previous.Identifier}-v{major}";
        next.LandingPage = previous.LandingPage?.EndsWith(previous.Slug, StringComparison.Ordinal) == true
            ? previous.LandingPage[..^previous.Slug.Length] + next.Slug : null;
        next.Version = $"{major}.0";
        next.VersionNotes = new LocalizedText();
        next.PreviousVersionId = previous.Id;
        next.ConceptDoi = concept;
        next.Doi = null;
        next.UdataId = null;
        next.OtherIdentifiers = next.OtherIdentifiers.Where(o => o.Scheme is not ("doi" or "udata")).ToList();
        foreach (var d in next.Distributions) { d.Id = Guid.NewGuid(); d.UdataResourceId = null; }
        var created = await store.CreateAsync(next, caller, ct);

        var reserved = await ReserveAsync(created.Id, caller, ct);
        var previousRevision = (await store.GetAsync(previous.Id.ToString(), caller, ct)).Record.Revision;
        await EnqueueAsync(previous.Id, previousRevision, "new-version", ct);
        return reserved;
    }

    /// <summary>
    /// The record with its series' concept DOI: kept when it has a real one, else chosen (crash-safe, see
    /// <see cref="ConceptDoiSync.ChooseAsync"/>) and written on every version of the series.
    /// </summary>
    private async Task<DatasetRecord> EnsureConceptAsync(DatasetRecord record, Caller caller, CancellationToken ct)
    {
        var (concept, chosen) = await concepts.ChooseAsync(record, states, ct);
        if (!chosen && string.Equals(DoiText.Bare(record.ConceptDoi), concept, StringComparison.OrdinalIgnoreCase)) return record;
        var versions = record.ConceptDoi is { } legacy ? await concepts.SeriesAsync(legacy, ct) : [];
        foreach (var id in versions.Select(v => v.Id).Append(record.Id).Distinct())
            await store.ModifyAsync(id, null, caller, "concept-doi", r => { r.ConceptDoi = concept; return r; }, ct, requireIfMatch: false);
        return (await store.GetAsync(record.Id.ToString(), caller, ct)).Record;
    }

    /// <summary>A DataCite-style random suffix (<c>xxxx-xxxx</c>, Crockford base 32), chosen by us so it is known before the call.</summary>
    public static string NewDoi(string prefix)
    {
        Span<char> s = stackalloc char[9];
        for (int i = 0; i < s.Length; i++) s[i] = i == 4 ? '-' : SuffixAlphabet[RandomNumberGenerator.GetInt32(SuffixAlphabet.Length)];
        return $"{prefix}/{new string(s)}";
    }

    private static int NextMajor(string? version) =>
        int.TryParse((version ?? "").Split('.')[0].TrimStart('v', 'V'), out int major) ? major + 1 : 2;

    private void RequireEnabled()
    {
        if (!targets.Value.Enabled.Contains(DataCiteReconciler.Target))
            throw new ConflictException("DOIs are not enabled on this server (Sync:Targets:Enabled does not include \"datacite\").");
    }

    private async Task EnqueueAsync(Guid datasetId, int revision, string operation, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessageEntity { Target = DataCiteReconciler.Target, Operation = operation, DatasetId = datasetId, Revision = revision, CreatedAt = now, NextAttemptAt = now });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}

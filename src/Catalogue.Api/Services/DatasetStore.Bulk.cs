using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Infrastructure.Search;
using Catalogue.Api.Security;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

/// <summary>Why one record of an import batch was not stored (its position in the batch, its id, the reasons).</summary>
public sealed record ImportRejection(int Index, Guid Id, IReadOnlyList<string> Reasons);

public sealed record ImportResult(int Imported, IReadOnlyList<ImportRejection> Rejected);

public sealed partial class DatasetStore
{
    private readonly Dictionary<Guid, Organization?> _importOrganizations = new();

    /// <summary>
    /// Imports new records in one transaction: each is validated like <see cref="CreateAsync"/>, gets the same
    /// projections (columns, facets, variables, first revision, search entry, outbox rows) and keeps the status it
    /// arrives with — Draft, InReview or Published, the latter only if the publication checks pass. Records that
    /// fail are reported and left out; the others are stored together. Change detection is off: every entity is
    /// new and added explicitly, so EF has nothing to compare.
    /// </summary>
    public async Task<ImportResult> ImportBatchAsync(IReadOnlyList<DatasetRecord> records, Caller caller, CancellationToken ct)
    {
        var rejected = new List<ImportRejection>();
        var accepted = new List<DatasetRecord>(records.Count);
        var now = clock.GetUtcNow();
        for (var i = 0; i < records.Count; i++)
        {
            var reasons = await PrepareForImportAsync(records[i], caller, now, ct);
            if (reasons.Count > 0) rejected.Add(new ImportRejection(i, records[i].Id, reasons));
            else accepted.Add(records[i]);
        }
        accepted = await WithoutDuplicatesAsync(accepted, records, rejected, ct);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var entities = new List<DatasetEntity>(accepted.Count);
            foreach (var r in accepted)
            {
                var entity = new DatasetEntity();
                DatasetProjection.Apply(entity, r, now);
                db.Datasets.Add(entity);
                AddRevision(r, caller, "import", RecordDiff.Compare(null, r));
                outbox.Enqueue(r, "import");
                entities.Add(entity);
            }
            await db.SaveChangesAsync(ct);
            await SearchIndex.IndexManyAsync(db, entities, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return new ImportResult(accepted.Count, rejected);
    }

    /// <summary>Fills the server's fields and returns what is wrong with the record (nothing when it can be stored).</summary>
    private async Task<List<string>> PrepareForImportAsync(DatasetRecord r, Caller caller, DateTimeOffset now, CancellationToken ct)
    {
        if (r.OrganizationId == Guid.Empty) return ["organizationId: organizationId is required."];
        if (!caller.CanEdit(r.OrganizationId)) return ["organizationId: this key cannot write to that organisation."];
        if (!_importOrganizations.TryGetValue(r.OrganizationId, out var org))
            _importOrganizations[r.OrganizationId] = org = await OrganizationAsync(r.OrganizationId, ct);
        if (org is null) return [$"organizationId: organisation '{r.OrganizationId}' does not exist."];
        if (r.Status == RecordStatus.Withdrawn) return ["status: an import cannot create a withdrawn record."];

        // Dates an export carries are kept (an import moves history, it does not rewrite it); missing ones are now.
        r.Id = r.Id == Guid.Empty ? Guid.NewGuid() : r.Id;
        r.Revision = 1;
        if (r.CreatedAt == default) r.CreatedAt = now;
        if (r.ModifiedAt == default) r.ModifiedAt = r.CreatedAt;
        r.WithdrawnAt = null;
        r.WithdrawalReason = null;
        r.FirstPublishedAt = r.Status == RecordStatus.Published ? r.FirstPublishedAt ?? r.ModifiedAt : null;
        RecordDefaults.Apply(r);

        // The same gates as CreateAsync then publish: the domain's checks and those the host contributes.
        var issues = new List<ValidationIssue>();
        if (r.Status != RecordStatus.Published) issues.AddRange(RecordValidator.Validate(r));
        else
        {
            issues.AddRange(PublicationChecks.Check(r, org));
            foreach (var check in publicationChecks) issues.AddRange(await check.CheckAsync(r, org, ct));
        }
        return issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => $"{i.Path}: {i.Message}").ToList();
    }

    /// <summary>
    /// Ids and identifiers already stored (or repeated in the batch) are rejected, as CreateAsync would with a 409;
    /// a slug already taken gets a numeric suffix, as CreateAsync does.
    /// </summary>
    private async Task<List<DatasetRecord>> WithoutDuplicatesAsync(List<DatasetRecord> accepted, IReadOnlyList<DatasetRecord> batch,
        List<ImportRejection> rejected, CancellationToken ct)
    {
        var ids = accepted.Select(r => r.Id).ToList();
        var identifiers = accepted.Select(r => r.Identifier).ToList();
        var slugs = accepted.Select(r => r.Slug).ToList();
        var taken = await db.Datasets.AsNoTracking().Where(d => ids.Contains(d.Id) || identifiers.Contains(d.Identifier))
            .Select(d => new { d.Id, d.Identifier }).ToListAsync(ct);
        var takenIds = taken.Select(t => t.Id).ToHashSet();
        var takenIdentifiers = taken.Select(t => t.Identifier).ToHashSet();
        var takenSlugs = (await db.Datasets.AsNoTracking().Where(d => slugs.Contains(d.Slug)).Select(d => d.Slug).ToListAsync(ct)).ToHashSet();

        var kept = new List<DatasetRecord>(accepted.Count);
        foreach (var r in accepted)
        {
            if (!takenIds.Add(r.Id) || !takenIdentifiers.Add(r.Identifier))
            {
                rejected.Add(new ImportRejection(IndexOf(batch, r), r.Id, [$"identifier: a dataset with id '{r.Id}' or identifier '{r.Identifier}' already exists."]));
                continue;
            }
            if (!takenSlugs.Add(r.Slug))
            {
                var slug = await UniqueSlugAsync(r.Slug, r.Id, ct);
                for (var i = 2; !takenSlugs.Add(slug); i++) slug = await UniqueSlugAsync($"{r.Slug}-{i}", r.Id, ct);
                r.Slug = slug;
            }
            kept.Add(r);
        }
        return kept;
    }

    private static int IndexOf(IReadOnlyList<DatasetRecord> batch, DatasetRecord r)
    {
        for (var i = 0; i < batch.Count; i++) if (ReferenceEquals(batch[i], r)) return i;
        return -1;
    }
}

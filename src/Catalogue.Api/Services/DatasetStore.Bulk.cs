using Catalogue.Api.Infrastructure;
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
    /// Bulk writes go one at a time (SQLite has one writer anyway), so several batches can be prepared in
    /// parallel while one is written, and the duplicate checks of a batch see every batch committed before it.
    /// </summary>
    private static readonly SemaphoreSlim BulkWriteGate = new(1, 1);

    /// <summary>
    /// Imports new records in one transaction: each is validated like <see cref="CreateAsync"/>, gets the same
    /// projections (columns, facets, first revision, search entry, outbox rows) and keeps the status it
    /// arrives with — Draft, InReview or Published, the latter only if the publication checks pass. Records that
    /// fail are reported and left out; the others are stored together. Rows are written with prepared
    /// statements (<see cref="BulkInserter{T}"/>), not through change tracking, which is switched off.
    /// Safe to call concurrently from several scopes: preparation runs in parallel, writing does not.
    /// </summary>
    /// <param name="inTransaction">Runs inside the batch's transaction after the records were written, with the
    /// records that were stored (a sync pull writes their link and baselines there, so both commit together).</param>
    /// <param name="bulkSession">True when the process does nothing but import (<c>import-records</c>): on SQLite the
    /// pooled connection keeps the bulk settings (1 GB page cache, <c>synchronous=NORMAL</c>, rare checkpoints) from
    /// one batch to the next. Otherwise (a server) they are put back as they were once the batch is written.</param>
    /// <param name="timings">Where the batch's time went, added to these totals (<c>import-records</c> logs them).</param>
    public async Task<ImportResult> ImportBatchAsync(IReadOnlyList<DatasetRecord> records, Caller caller, CancellationToken ct,
        Func<IReadOnlyList<DatasetRecord>, CancellationToken, Task>? inTransaction = null, bool bulkSession = false,
        ImportTimings? timings = null)
    {
        timings ??= new ImportTimings();
        var t = ImportTimings.Now();
        var rejected = new List<ImportRejection>();
        var accepted = new List<DatasetRecord>(records.Count);
        var now = clock.GetUtcNow();
        for (var i = 0; i < records.Count; i++)
        {
            var reasons = await PrepareForImportAsync(records[i], caller, now, ct);
            if (reasons.Count > 0) rejected.Add(new ImportRejection(i, records[i].Id, reasons));
            else accepted.Add(records[i]);
        }
        t = timings.Add(ImportStage.Validate, t);
        var rows = new Dictionary<DatasetRecord, (DatasetEntity Entity, RevisionEntity Revision)>(ReferenceEqualityComparer.Instance);
        foreach (var r in accepted) rows[r] = Project(r, caller, now);
        t = timings.Add(ImportStage.Project, t);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await BulkWriteGate.WaitAsync(ct);
        t = timings.AddElapsed(ImportStage.WaitForWriter, t);
        string? restore = null;
        var withoutForeignKeyChecks = false;
        try
        {
            // One connection for the settings, the duplicate checks and the transaction.
            await db.Database.OpenConnectionAsync(ct);
            if (!db.IsPostgres)
                // Per connection: a batch's pages stay in memory until commit, and WAL commits skip the fsync
                // a power loss would need (a batch that did not commit is simply imported again). Checkpoints
                // every ~1 GB of WAL rather than 4 MB: the pages of the random-keyed indexes (ids, slugs, search
                // keys) are rewritten by every batch, and a checkpoint copies only the last version of each page
                // into the database, so rare checkpoints copy each of them once for many batches (at 10,000
                // records: 15 % fewer bytes written, commits 3x faster than with checkpoints every 64 MB).
                // Each batch is still one transaction, so an interrupted import leaves whole batches only.
                restore = await UseBulkSettingsAsync(bulkSession, ct);
            // Every child row written below points at the record written just before it in the same transaction, so
            // SQLite's foreign-key lookups (one per facet and summary row) cannot fail; they are switched off
            // for the batch's transaction (the pragma only takes effect outside one) and back on after it. Not when a
            // caller writes rows of its own in the transaction: those keep their checks.
            withoutForeignKeyChecks = !db.IsPostgres && inTransaction is null;
            if (withoutForeignKeyChecks) await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;", ct);
            foreach (var renamed in await WithoutDuplicatesAsync(accepted, records, rejected, ct))
                rows[renamed] = Project(renamed, caller, now); // its slug changed: project it again
            t = timings.Add(ImportStage.Duplicates, t);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Facet keys in batch order, inside the transaction (FacetKeys.NextAsync); the projection left them 0.
            var keys = await FacetKeys.NextAsync(db, accepted.Count, ct);
            for (var i = 0; i < accepted.Count; i++)
            {
                var entity = rows[accepted[i]].Entity;
                entity.FacetKey = keys[i];
                foreach (var facet in entity.Facets) facet.DatasetKey = keys[i];
            }
            await using var datasets = await BulkInserter<DatasetEntity>.CreateAsync(db, ct);
            await using var facets = await BulkInserter<DatasetFacetEntity>.CreateAsync(db, ct);
            await using var revisions = await BulkInserter<RevisionEntity>.CreateAsync(db, ct);
            await using var summaries = await BulkInserter<DatasetSummaryEntity>.CreateAsync(db, ct);
            var entities = new List<DatasetEntity>(accepted.Count);
            foreach (var r in accepted)
            {
                var (entity, revision) = rows[r];
                await datasets.InsertAsync(entity, ct);
                t = timings.Add(ImportStage.Datasets, t);
                await facets.InsertAsync(entity.Facets, ct);
                t = timings.Add(ImportStage.Facets, t);
                await revisions.InsertAsync(revision, ct);
                t = timings.Add(ImportStage.Revisions, t);
                if (entity.Summary is { } summary) await summaries.InsertAsync(summary, ct);
                t = timings.Add(ImportStage.Summaries, t);
                outbox.Enqueue(r, "import");
                entities.Add(entity);
            }
            await db.SaveChangesAsync(ct); // the outbox rows, when sync targets are enabled
            t = ImportTimings.Now();
            await SearchIndex.IndexNewAsync(db, entities, ct);
            t = timings.Add(ImportStage.Search, t);
            if (inTransaction is not null) await inTransaction(accepted, ct);
            t = ImportTimings.Now();
            await tx.CommitAsync(ct);
            timings.Add(ImportStage.Commit, t);
        }
        finally
        {
            try
            {
                if (restore is not null) await db.Database.ExecuteSqlRawAsync(restore, CancellationToken.None);
                if (withoutForeignKeyChecks) await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", CancellationToken.None);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
                BulkWriteGate.Release();
                db.ChangeTracker.Clear();
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }
        }
        return new ImportResult(accepted.Count, rejected);
    }

    private const string BulkSettings =
        "PRAGMA cache_size = -1048576; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 262144;";

    /// <summary>Applies <see cref="BulkSettings"/> to the open SQLite connection; returns the SQL that puts the
    /// previous values back, or null when they are to stay (<paramref name="keep"/>).</summary>
    private async Task<string?> UseBulkSettingsAsync(bool keep, CancellationToken ct)
    {
        string? restore = null;
        if (!keep)
        {
            var previous = new List<string>();
            foreach (var name in new[] { "cache_size", "synchronous", "temp_store", "wal_autocheckpoint" })
            {
                await using var read = db.Database.GetDbConnection().CreateCommand();
                read.CommandText = $"PRAGMA {name};";
                previous.Add($"PRAGMA {name} = {Convert.ToInt64(await read.ExecuteScalarAsync(ct))};");
            }
            restore = string.Join(' ', previous);
        }
        await db.Database.ExecuteSqlRawAsync(BulkSettings, ct);
        return restore;
    }

    private (DatasetEntity Entity, RevisionEntity Revision) Project(DatasetRecord r, Caller caller, DateTimeOffset now)
    {
        var entity = new DatasetEntity();
        DatasetProjection.Apply(entity, r, now, _importOrganizations.GetValueOrDefault(r.OrganizationId));
        return (entity, FirstRevision(r, caller, "import"));
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
    /// <returns>The records whose slug was changed; the rejected ones are removed from <paramref name="accepted"/>.</returns>
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
        var renamed = new List<DatasetRecord>();
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
                renamed.Add(r);
            }
            kept.Add(r);
        }
        accepted.Clear();
        accepted.AddRange(kept);
        return renamed;
    }

    /// <summary>
    /// The first revision of a new record (CreateAsync and the import). Neither its document nor its change list
    /// is a copy of the record's document: the document is <see cref="RevisionEntity.SameAsRecord"/> (the record's
    /// row holds it until the next change, which copies it here), and the change list the marker
    /// <see cref="RevisionEntity.WholeDocument"/>, which reads back as <c>RecordDiff.Compare(null, record)</c>
    /// (one change at the root whose "after" is the document).
    /// </summary>
    private static RevisionEntity FirstRevision(DatasetRecord r, Caller caller, string action) => new()
    {
        DatasetId = r.Id, Number = r.Revision, Author = caller.Name, CreatedAt = r.ModifiedAt.UtcDateTime, Action = action,
        Changes = RevisionEntity.WholeDocument, Document = RevisionEntity.SameAsRecord,
    };

    private static int IndexOf(IReadOnlyList<DatasetRecord> batch, DatasetRecord r)
    {
        for (var i = 0; i < batch.Count; i++) if (ReferenceEquals(batch[i], r)) return i;
        return -1;
    }
}

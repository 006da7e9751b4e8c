using System.Text.Json;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Infrastructure.Search;
using Catalogue.Api.Security;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

public sealed partial class DatasetStore
{
    public async Task<DatasetRecord> CreateAsync(DatasetRecord input, Caller caller, CancellationToken ct)
    {
        if (!caller.CanEdit(input.OrganizationId))
            throw input.OrganizationId == Guid.Empty
                ? new BadRequestException("organizationId", "organizationId is required.")
                : new ForbiddenException("This key cannot write to that organisation.");
        var publisher = await OrganizationAsync(input.OrganizationId, ct)
            ?? throw new BadRequestException("organizationId", $"Organisation '{input.OrganizationId}' does not exist.");

        var now = clock.GetUtcNow();
        var r = input;
        r.Id = r.Id == Guid.Empty ? Guid.NewGuid() : r.Id;
        r.Status = RecordStatus.Draft;
        r.Revision = 1;
        r.CreatedAt = now;
        r.ModifiedAt = now;
        r.FirstPublishedAt = null;
        r.WithdrawnAt = null;
        RecordDefaults.Apply(r);
        r.Slug = await UniqueSlugAsync(r.Slug, r.Id, ct);
        Validate(r);
        if (await db.Datasets.AnyAsync(d => d.Identifier == r.Identifier || d.Id == r.Id, ct))
            throw new ConflictException($"A dataset with identifier '{r.Identifier}' already exists.");

        // The facet key is taken inside the transaction that stores the record (see FacetKeys.NextAsync).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var entity = new DatasetEntity { FacetKey = (await FacetKeys.NextAsync(db, 1, ct))[0] };
        DatasetProjection.Apply(entity, r, now, publisher);
        db.Datasets.Add(entity);
        db.Revisions.Add(FirstRevision(r, caller, "create"));
        outbox.Enqueue(r, "create");
        await SaveAsync(entity, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return r;
    }

    public Task<DatasetRecord> UpdateAsync(Guid id, DatasetRecord input, int? expectedRevision, Caller caller, CancellationToken ct) =>
        ModifyAsync(id, expectedRevision, caller, "update", current => KeepServerOwnedFields(current, input, caller), ct);

    /// <summary>
    /// A replacement from a client (REST PUT, GraphQL update) may not touch what the server owns: lifecycle,
    /// identity and bookkeeping. Identifiers set by the sync engines (DOI, data.gouv.fr id) may be added by a
    /// client that knows them, never cleared by one that echoes an older copy.
    /// </summary>
    public static DatasetRecord KeepServerOwnedFields(DatasetRecord current, DatasetRecord input, Caller caller)
    {
        input.Id = current.Id;
        input.Status = current.Status;
        input.CreatedAt = current.CreatedAt;
        input.FirstPublishedAt = current.FirstPublishedAt;
        input.WithdrawnAt = current.WithdrawnAt;
        input.WithdrawalReason = current.WithdrawalReason;
        input.Revision = current.Revision;
        if (input.OrganizationId == Guid.Empty) input.OrganizationId = current.OrganizationId;
        if (input.OrganizationId != current.OrganizationId && !caller.CanEdit(input.OrganizationId))
            throw new ForbiddenException("This key cannot move the record to that organisation.");
        input.Doi ??= current.Doi;
        input.ConceptDoi ??= current.ConceptDoi;
        input.UdataId ??= current.UdataId;
        return input;
    }

    /// <summary>
    /// Load → change → validate → store with a new revision, under optimistic concurrency: the expected
    /// revision must be the stored one, and the UPDATE itself is guarded by it, so no change is ever lost.
    /// </summary>
    public async Task<DatasetRecord> ModifyAsync(Guid id, int? expectedRevision, Caller caller, string action,
        Func<DatasetRecord, DatasetRecord> change, CancellationToken ct, bool requireIfMatch = true)
    {
        // Facet rows (variable names included) are replaced with set-based deletes: nothing stale may stay tracked.
        db.ChangeTracker.Clear();
        var entity = await db.Datasets.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (entity is null || !Visible(caller).Any(d => d.Id == id)) throw new NotFoundException($"Dataset '{id}'");
        if (!caller.CanEdit(entity.OrganizationId)) throw new ForbiddenException("This key cannot write to this dataset's organisation.");
        if (expectedRevision is null && requireIfMatch) throw new PreconditionRequiredException();
        if (expectedRevision is not null && expectedRevision != entity.Revision) throw new PreconditionFailedException(entity.Revision);

        var before = RecordJson.Deserialize(entity.Document);
        var after = change(RecordJson.Deserialize(entity.Document));
        var now = clock.GetUtcNow();
        after.Revision = before.Revision + 1;
        after.ModifiedAt = now;
        RecordDefaults.Apply(after);
        if (after.Slug != before.Slug && await db.Datasets.AnyAsync(d => d.Slug == after.Slug && d.Id != id, ct))
            throw new ConflictException($"The slug '{after.Slug}' is taken.");
        if (after.Identifier != before.Identifier && await db.Datasets.AnyAsync(d => d.Identifier == after.Identifier && d.Id != id, ct))
            throw new ConflictException($"A dataset with identifier '{after.Identifier}' already exists.");
        Validate(after);
        if (after.Status == RecordStatus.Published) await RequirePublishableAsync(after, ct);

        var changes = RecordDiff.Compare(before, after);
        // Joins the caller's transaction when there is one (a pull applying a page of remote edits at once).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await RevisionDocuments.KeepAsync(db, id, entity.Document, ct);
        await db.Facets.Where(f => f.DatasetKey == entity.FacetKey).ExecuteDeleteAsync(ct);
        await db.Summaries.Where(x => x.SearchKey == entity.SearchKey).ExecuteDeleteAsync(ct);
        DatasetProjection.Apply(entity, after, now, await OrganizationAsync(after.OrganizationId, ct));
        AddRevision(after, entity.Document, caller, action, changes);
        outbox.Enqueue(after, action);
        await SaveAsync(entity, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return after;
    }

    public Task<DatasetRecord> TransitionAsync(Guid id, LifecycleAction action, int? expectedRevision, Caller caller, string? reason, CancellationToken ct) =>
        ModifyAsync(id, expectedRevision, caller, action.ToString().ToLowerInvariant(), r =>
        {
            var next = RecordLifecycle.Next(r.Status, action)
                ?? throw new ConflictException($"A {r.Status} record cannot {action}.");
            r.Status = next;
            var now = clock.GetUtcNow();
            if (next == RecordStatus.Published) { r.FirstPublishedAt ??= now; r.WithdrawnAt = null; r.WithdrawalReason = null; }
            if (next == RecordStatus.Withdrawn) { r.WithdrawnAt = now; r.WithdrawalReason = reason; }
            return r;
        }, ct, requireIfMatch: false);

    public async Task<DatasetRecord> RestoreAsync(Guid id, int number, int? expectedRevision, Caller caller, CancellationToken ct)
    {
        var old = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.DatasetId == id && r.Number == number, ct)
            ?? throw new NotFoundException($"Revision {number} of dataset '{id}'");
        var restored = RecordJson.Deserialize(await RevisionDocuments.ReadAsync(db, id, old.Document, ct));
        return await ModifyAsync(id, expectedRevision, caller, $"restore:{number}", current =>
        {
            // Restoring brings back the content, not the lifecycle: a published record stays published.
            restored.Status = current.Status;
            restored.FirstPublishedAt = current.FirstPublishedAt;
            restored.WithdrawnAt = current.WithdrawnAt;
            restored.Doi = current.Doi;
            restored.UdataId = current.UdataId;
            return restored;
        }, ct);
    }

    public async Task DeleteAsync(Guid id, int? expectedRevision, Caller caller, CancellationToken ct)
    {
        var entity = await db.Datasets.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (entity is null || !Visible(caller).Any(d => d.Id == id)) throw new NotFoundException($"Dataset '{id}'");
        if (!caller.CanEdit(entity.OrganizationId)) throw new ForbiddenException("This key cannot write to this dataset's organisation.");
        if (expectedRevision is null) throw new PreconditionRequiredException();
        if (expectedRevision != entity.Revision) throw new PreconditionFailedException(entity.Revision);
        var record = RecordJson.Deserialize(entity.Document);
        if (!RecordLifecycle.CanHardDelete(record))
            throw new ConflictException("A record that was published is never deleted: withdraw it instead.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await SearchIndex.RemoveAsync(db, entity.SearchKey, ct);
        await db.Revisions.Where(r => r.DatasetId == id).ExecuteDeleteAsync(ct);
        db.Datasets.Remove(entity);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The domain's publication checks plus the checks other parts of the host contribute.</summary>
    public async Task<IReadOnlyList<ValidationIssue>> ValidationReportAsync(DatasetRecord r, CancellationToken ct)
    {
        var org = await OrganizationAsync(r.OrganizationId, ct);
        var issues = new List<ValidationIssue>(PublicationChecks.Check(r, org));
        foreach (var check in publicationChecks) issues.AddRange(await check.CheckAsync(r, org, ct));
        return issues;
    }

    public async Task<Organization?> OrganizationAsync(Guid id, CancellationToken ct)
    {
        var doc = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Document).FirstOrDefaultAsync(ct);
        return doc is null ? null : JsonSerializer.Deserialize(doc, RecordJsonContext.Default.Organization);
    }

    private async Task RequirePublishableAsync(DatasetRecord r, CancellationToken ct)
    {
        var issues = await ValidationReportAsync(r, ct);
        if (!PublicationChecks.CanPublish(issues))
            throw new PublicationRefusedException(issues.Where(i => i.Severity == IssueSeverity.Error).ToList());
    }

    private static void Validate(DatasetRecord r)
    {
        var errors = RecordValidator.Validate(r).Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (errors.Count > 0) throw new RecordValidationException(errors);
    }

    /// <param name="document">The record as serialised for its row by the projection.</param>
    private void AddRevision(DatasetRecord r, string document, Caller caller, string action, IReadOnlyList<FieldChange> changes) =>
        db.Revisions.Add(new RevisionEntity
        {
            DatasetId = r.Id, Number = r.Revision, Author = caller.Name, CreatedAt = r.ModifiedAt.UtcDateTime, Action = action,
            Changes = JsonSerializer.Serialize(changes.Select(c => new { path = c.Path, before = c.Before, after = c.After })),
            Document = document,
        });

    /// <summary>The row, its revision, its search entry and its outbox rows commit together or not at all.</summary>
    private async Task SaveAsync(DatasetEntity entity, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            await SearchIndex.IndexAsync(db, entity, ct);
            if (tx is not null) await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Datasets.AsNoTracking().Where(d => d.Id == entity.Id).Select(d => d.Revision).FirstOrDefaultAsync(ct);
            throw new PreconditionFailedException(current);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("Another record already uses this slug or identifier.");
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || e.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;

    private async Task<string> UniqueSlugAsync(string slug, Guid id, CancellationToken ct)
    {
        var candidate = slug;
        for (var i = 2; await db.Datasets.AnyAsync(d => d.Slug == candidate && d.Id != id, ct); i++) candidate = $"{slug}-{i}";
        return candidate;
    }
}

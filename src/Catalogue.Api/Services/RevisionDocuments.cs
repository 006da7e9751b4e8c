using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

/// <summary>
/// A revision's document where it is not stored in the revision's row (<see cref="RevisionEntity.SameAsRecord"/>,
/// a first revision that is still current): the record's own document, which is the same until the next change.
/// </summary>
public static class RevisionDocuments
{
    public static async Task<string> ReadAsync(CatalogueDbContext db, Guid datasetId, string stored, CancellationToken ct) =>
        stored != RevisionEntity.SameAsRecord ? stored
            : await db.Datasets.AsNoTracking().Where(d => d.Id == datasetId).Select(d => d.Document).SingleAsync(ct);

    /// <summary>
    /// Before a record changes: the revision that shares the record's document gets its own copy of it
    /// (<paramref name="current"/>, the document as stored), in the caller's transaction.
    /// </summary>
    public static Task KeepAsync(CatalogueDbContext db, Guid datasetId, string current, CancellationToken ct) =>
        db.Revisions.Where(r => r.DatasetId == datasetId && r.Document == RevisionEntity.SameAsRecord)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Document, current), ct);
}

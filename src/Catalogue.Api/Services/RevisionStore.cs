using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Security;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

public sealed record RevisionInfo(int Number, string Author, DateTime CreatedAt, string Action, JsonNode? Changes);

/// <summary>Reads the immutable history of a record. Visibility follows the record's.</summary>
public sealed class RevisionStore(CatalogueDbContext db, DatasetStore datasets)
{
    public async Task<IReadOnlyList<RevisionInfo>> ListAsync(Guid id, Caller caller, CancellationToken ct)
    {
        await EnsureVisibleAsync(id, caller, ct);
        // The document is read only for a first revision, whose change list is the document itself.
        var rows = await db.Revisions.AsNoTracking().Where(r => r.DatasetId == id).OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.Author, r.CreatedAt, r.Action, r.Changes,
                Document = r.Changes == RevisionEntity.WholeDocument ? r.Document : null }).ToListAsync(ct);
        var infos = new List<RevisionInfo>(rows.Count);
        foreach (var r in rows)
        {
            var document = r.Document is null ? null : await RevisionDocuments.ReadAsync(db, id, r.Document, ct);
            infos.Add(new RevisionInfo(r.Number, r.Author, DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), r.Action, Changes(r.Changes, document)));
        }
        return infos;
    }

    public async Task<(RevisionInfo Info, DatasetRecord Record)> GetAsync(Guid id, int number, Caller caller, CancellationToken ct)
    {
        await EnsureVisibleAsync(id, caller, ct);
        var r = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(x => x.DatasetId == id && x.Number == number, ct)
            ?? throw new NotFoundException($"Revision {number} of dataset '{id}'");
        var document = await RevisionDocuments.ReadAsync(db, id, r.Document, ct);
        return (new RevisionInfo(r.Number, r.Author, DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), r.Action, Changes(r.Changes, document)), RecordJson.Deserialize(document));
    }

    /// <summary>
    /// A stored change list as JSON. <see cref="RevisionEntity.WholeDocument"/> (a first revision) reads as the
    /// list <c>RecordDiff.Compare(null, record)</c> gives: one change at the root, from nothing to the document.
    /// </summary>
    public static JsonNode? Changes(string changes, string? document) => changes == RevisionEntity.WholeDocument
        ? new JsonArray(new JsonObject { ["path"] = "", ["before"] = null, ["after"] = JsonNode.Parse(document!) })
        : JsonNode.Parse(changes);

    public async Task<IReadOnlyList<FieldChange>> DiffAsync(Guid id, int from, int to, Caller caller, CancellationToken ct)
    {
        var a = await GetAsync(id, from, caller, ct);
        var b = await GetAsync(id, to, caller, ct);
        return RecordDiff.Compare(a.Record, b.Record);
    }

    private async Task EnsureVisibleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        if (!await datasets.Visible(caller).AnyAsync(d => d.Id == id, ct)) throw new NotFoundException($"Dataset '{id}'");
    }
}

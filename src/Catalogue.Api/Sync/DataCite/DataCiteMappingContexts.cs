using Catalogue.Api.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Builds the <see cref="DataCiteMappingContext"/> of a record: the public base URL of landing pages
/// (<c>Catalogue:PublicBaseUrl</c>) and the DOIs of its previous and newer major versions, which live in other records.
/// </summary>
public sealed class DataCiteMappingContexts(CatalogueDbContext db, IConfiguration configuration, TimeProvider clock)
{
    public const string DefaultPublicBaseUrl = "https://catalogue.health-data-hub.fr";

    public string PublicBaseUrl => configuration["Catalogue:PublicBaseUrl"] is { Length: > 0 } url ? url : DefaultPublicBaseUrl;

    public async Task<DataCiteMappingContext> ForAsync(DatasetRecord record, CancellationToken ct)
    {
        string? previous = record.PreviousVersionId is { } p
            ? await db.Datasets.AsNoTracking().Where(d => d.Id == p).Select(d => d.Doi).FirstOrDefaultAsync(ct)
            : null;
        // PreviousVersionId is not a column: narrow by the id's text in the document, then check exactly.
        string idText = record.Id.ToString();
        var candidates = await db.Datasets.AsNoTracking()
            .Where(d => d.Doi != null && d.Id != record.Id && d.Document.Contains(idText))
            .Select(d => d.Document).ToListAsync(ct);
        var newer = candidates.Select(RecordJson.Deserialize)
            .Where(r => r.PreviousVersionId == record.Id && r.Doi is not null)
            .OrderBy(r => r.CreatedAt).Select(r => r.Doi!).ToList();
        return new DataCiteMappingContext(PublicBaseUrl, clock.GetUtcNow().Year) { PreviousVersionDoi = previous, NewerVersionDois = newer };
    }
}

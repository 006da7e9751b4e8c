using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Dcat;

/// <summary>Which published records a feed shows: all, one organisation's, one access level's, or those changed since a time.</summary>
public sealed record FeedFilter(Organization? Owner = null, AccessLevel? Access = null, DateTimeOffset? ModifiedSince = null);

/// <summary>
/// The HealthDCAT-AP feeds: catalogue pages, the full dump and single datasets. Feeds show published records only,
/// whoever asks (drafts are never harvested), read through <see cref="DatasetStore.Filter"/> so the caller's
/// visibility applies too. Records stream in a stable order (the immutable search key) one at a time.
/// </summary>
public sealed class DcatFeed(DatasetStore store, OrganizationStore organizations, DcatLinks links, CatalogInfo info)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    private const int DumpBatch = 100;

    private readonly DatasetToDcat _datasets = new(links);

    public IQueryable<DatasetEntity> Published(FeedFilter f, Caller caller) =>
        store.Filter(new DatasetQuery
        {
            Statuses = [RecordStatus.Published],
            Publishers = f.Owner is null ? [] : [f.Owner.Id],
            AccessRights = f.Access is { } a ? [a] : [],
            ModifiedSince = f.ModifiedSince,
        }, caller).OrderBy(d => d.SearchKey); // unique: no tie-breaker needed, and the (Status, SearchKey) index serves it

    public async Task WritePageAsync(RdfResponse output, FeedFilter f, int page, int pageSize, Func<int, string> pageUrl, Caller caller, CancellationToken ct)
    {
        var query = Published(f, caller);
        var total = await query.CountAsync(ct);
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        var docs = await query.Skip((page - 1) * pageSize).Take(pageSize).Select(d => d.Document).ToListAsync(ct);
        var orgs = await OrganizationsAsync(ct);
        var catalog = new CatalogToDcat(links, info).WriteHeader(output.Emitter, f.Owner, _datasets);
        CatalogToDcat.WritePage(catalog, new CatalogPage(
            new(pageUrl(page)), new(pageUrl(1)), new(pageUrl(last)),
            page > 1 ? new(pageUrl(Math.Min(page - 1, last))) : null, page < last ? new(pageUrl(page + 1)) : null, total, pageSize), output.Emitter);
        await output.FlushAsync(ct);
        foreach (var doc in docs) await WriteRecordAsync(output, catalog, RecordJson.Deserialize(doc), orgs, ct);
    }

    /// <summary>Every published record, fetched in key-ordered batches and written as it arrives: memory stays one batch.</summary>
    public async Task WriteDumpAsync(RdfResponse output, FeedFilter f, Caller caller, CancellationToken ct)
    {
        var orgs = await OrganizationsAsync(ct);
        var catalog = new CatalogToDcat(links, info).WriteHeader(output.Emitter, f.Owner, _datasets);
        await output.FlushAsync(ct);
        long after = long.MinValue;
        while (true)
        {
            var key = after;
            var batch = await Published(f, caller).Where(d => d.SearchKey > key).Select(d => new { d.SearchKey, d.Document }).Take(DumpBatch).ToListAsync(ct);
            foreach (var row in batch) await WriteRecordAsync(output, catalog, RecordJson.Deserialize(row.Document), orgs, ct);
            if (batch.Count < DumpBatch) break;
            after = batch[^1].SearchKey;
        }
    }

    public async Task WriteDatasetAsync(RdfResponse output, DatasetRecord r, CancellationToken ct)
    {
        _datasets.Write(r, await store.OrganizationAsync(r.OrganizationId, ct), output.Emitter);
        await output.FlushAsync(ct);
    }

    private async Task WriteRecordAsync(RdfResponse output, Rdf.Model.Iri catalog, DatasetRecord r, IReadOnlyDictionary<Guid, Organization> orgs, CancellationToken ct)
    {
        var ds = _datasets.Write(r, orgs.GetValueOrDefault(r.OrganizationId), output.Emitter);
        CatalogToDcat.LinkDataset(catalog, ds, output.Emitter);
        await output.FlushAsync(ct);
    }

    private async Task<IReadOnlyDictionary<Guid, Organization>> OrganizationsAsync(CancellationToken ct) =>
        (await organizations.ListAsync(ct)).ToDictionary(o => o.Id);
}

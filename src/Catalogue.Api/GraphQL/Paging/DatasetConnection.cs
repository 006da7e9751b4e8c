using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>One edge: the record and its position cursor.</summary>
public sealed record DatasetEdge(string Cursor, DatasetRecord Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// A page of datasets, loaded lazily and once (the public default listing's summary page on a compiled query,
/// see <see cref="PublicSummaryPage"/>): edges, nodes and pageInfo share one query for the page's
/// documents; totalCount is one COUNT, run only when asked for (and by <c>last</c> without <c>before</c>).
/// </summary>
public sealed class DatasetConnection(CatalogueGraphContext graph, IOrderedQueryable<DatasetEntity> ordered, IQueryable<DatasetEntity> filtered,
    PageRequest page, CancellationToken cancellationToken, PageReading? reading = null, bool publicDefault = false)
{
    private readonly PageReading _reading = reading ?? PageReading.Full;
    private Task<(List<DatasetEdge> Edges, PageInfo Info)>? _page;
    private Task<int>? _total;

    public Task<int> TotalCountAsync() => _total ??= graph.RunAsync(() => filtered.CountAsync(cancellationToken));

    public Task<(List<DatasetEdge> Edges, PageInfo Info)> PageAsync() => _page ??= LoadAsync();

    private async Task<(List<DatasetEdge>, PageInfo)> LoadAsync()
    {
        var lo = page.After is { } a ? a + 1 : 0;
        var hi = page.Before;
        int start, take;
        bool hasNext, hasPrevious;
        List<DatasetRecord> docs;
        if (page.Last is { } last)
        {
            var end = hi ?? await TotalCountAsync();
            start = Math.Max(lo, end - last);
            take = Math.Max(0, end - start);
            docs = await Fetch(start, take);
            hasPrevious = start > 0;
            hasNext = hi is not null;
        }
        else
        {
            var first = page.First!.Value;
            start = lo;
            take = hi is { } h ? Math.Max(0, Math.Min(first, h - lo)) : first;
            docs = await Fetch(start, take + 1);
            // With a before cursor, the row it points at follows the page.
            hasNext = docs.Count > take || hi is not null;
            if (docs.Count > take) docs.RemoveAt(take);
            hasPrevious = start > 0;
        }
        var edges = docs.Select((record, i) => new DatasetEdge(OffsetCursor.Encode(start + i), record)).ToList();
        return (edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    /// <summary>
    /// The page's records, read from the source chosen for the operation; each row's publisher document comes
    /// along for <see cref="Loaders.PagePublishers"/>. A row whose summary is not stored yet (a database
    /// migrated from before summaries, until the start-up backfill reaches it) is read from its document.
    /// </summary>
    private async Task<List<DatasetRecord>> Fetch(int skip, int take)
    {
        if (take <= 0) return [];
        var rows = _reading.Source == PageSource.Summary ? await FetchSummaries(skip, take) : await FetchDocuments(skip, take);
        foreach (var row in rows) graph.PagePublishers.Offer(row.OrganizationId, row.Publisher);
        return rows.Select(r => r.Summary is { } summary
            ? _reading.SummaryReader!.Read(summary)
            : PageRecordReader.Read(r.Document!, withDictionary: _reading.Source == PageSource.Full)).ToList();
    }

    private Task<List<PageRow>> FetchDocuments(int skip, int take)
    {
        var organizations = graph.Db.Organizations;
        return graph.RunAsync(() => ordered.Skip(skip).Take(take)
            .Select(d => new PageRow(d.SearchKey, null, d.Document, d.OrganizationId,
                organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault()))
            .ToListAsync(cancellationToken));
    }

    /// <summary>
    /// The page's summaries. The page's query never names the documents: SQLite materialises the page's
    /// sub-select column by column, so even a document that is only the fallback of a CASE was read — about
    /// 16 kB of overflow pages per row, more than the summaries themselves. Rows without a summary (rare, see
    /// above) get their documents in a second query, only when there are any.
    /// </summary>
    private async Task<List<PageRow>> FetchSummaries(int skip, int take)
    {
        var organizations = graph.Db.Organizations;
        var rows = publicDefault
            ? await graph.RunAsync(() => PublicSummaryPage.Rows(graph.Db, skip, take).ToListAsync(cancellationToken).AsTask())
            : await graph.RunAsync(() => ordered.Skip(skip).Take(take)
                .Select(d => new PageRow(d.SearchKey, d.Summary != null ? d.Summary.Json : null, null, d.OrganizationId,
                    organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault()))
                .ToListAsync(cancellationToken));
        var missing = rows.Where(r => r.Summary is null).Select(r => r.SearchKey).ToList();
        if (missing.Count == 0) return rows;
        var documents = await graph.RunAsync(() => graph.Db.Datasets.Where(d => missing.Contains(d.SearchKey))
            .Select(d => new { d.SearchKey, d.Document }).ToDictionaryAsync(d => d.SearchKey, d => d.Document, cancellationToken));
        // A row deleted between the two queries is left out, as a later page query would.
        return rows.Where(r => r.Summary is not null || documents.ContainsKey(r.SearchKey))
            .Select(r => r.Summary is null ? r with { Document = documents[r.SearchKey] } : r).ToList();
    }
}

/// <summary>A row of a page: its summary or its document, and its publisher's document.</summary>
internal sealed record PageRow(long SearchKey, byte[]? Summary, string? Document, Guid OrganizationId, string? Publisher);

using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>One edge: the record and its position cursor.</summary>
public sealed record DatasetEdge(string Cursor, DatasetRecord Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// A page of datasets, loaded lazily and once: edges, nodes and pageInfo share one query for the page's
/// documents; totalCount is one COUNT, run only when asked for (and by <c>last</c> without <c>before</c>).
/// </summary>
public sealed class DatasetConnection(CatalogueGraphContext graph, IOrderedQueryable<DatasetEntity> ordered, IQueryable<DatasetEntity> filtered,
    PageRequest page, CancellationToken cancellationToken, PageReading? reading = null)
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
        var organizations = graph.Db.Organizations;
        var slice = ordered.Skip(skip).Take(take);
        // Two shapes rather than one with a flag: the documents' query must not join the summaries at all.
        var rows = await graph.RunAsync(() => (_reading.Source == PageSource.Summary
            ? slice.Select(d => new PageRow(d.Summary != null ? d.Summary.Json : null, d.Summary != null ? null : d.Document, d.OrganizationId,
                organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault()))
            : slice.Select(d => new PageRow(null, d.Document, d.OrganizationId,
                organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault())))
            .ToListAsync(cancellationToken));
        foreach (var row in rows) graph.PagePublishers.Offer(row.OrganizationId, row.Publisher);
        return rows.Select(r => r.Summary is { } summary
            ? PageRecordReader.ReadSummary(summary, _reading.SummaryReader)
            : PageRecordReader.Read(r.Document!, withDictionary: _reading.Source == PageSource.Full)).ToList();
    }
}

/// <summary>A row of a page: its summary or its document, and its publisher's document.</summary>
internal sealed record PageRow(byte[]? Summary, string? Document, Guid OrganizationId, string? Publisher);

using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>One edge: the record and its position, whose cursor is encoded only if asked for (a page of nodes never is).</summary>
public sealed record DatasetEdge(int Position, DatasetRecord Node)
{
    public string Cursor => OffsetCursor.Encode(Position);
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// A page of datasets, loaded lazily and once (the public default listing's summary page on its own read, see
/// <see cref="FetchPublicSummariesInPlace"/> and <see cref="PublicSummaryPage"/>): edges, nodes and pageInfo share
/// one read of the page; totalCount is one COUNT, run only when asked for (and by <c>last</c> without <c>before</c>).
/// </summary>
public sealed class DatasetConnection(CatalogueGraphContext graph, Lazy<DatasetQueries> queries,
    PageRequest page, CancellationToken cancellationToken, PageReading? reading = null, bool publicDefault = false)
{
    private IQueryable<DatasetEntity> Filtered => queries.Value.Filtered;
    private IOrderedQueryable<DatasetEntity> Ordered => queries.Value.Ordered;

    private readonly PageReading _reading = reading ?? PageReading.Full;
    private Task<(List<DatasetEdge> Edges, PageInfo Info)>? _page;
    private Task<int>? _total;

    public Task<int> TotalCountAsync() => _total ??= graph.RunAsync(() => Filtered.CountAsync(cancellationToken));

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
        var edges = new List<DatasetEdge>(docs.Count);
        for (var i = 0; i < docs.Count; i++) edges.Add(new DatasetEdge(start + i, docs[i]));
        return (edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    /// <summary>
    /// The page's records, read from the source chosen for the operation; each row's publisher document comes
    /// along for <see cref="Loaders.PagePublishers"/> unless the summaries name the publisher as far as asked. A row
    /// whose summary is not stored yet (a database migrated from before summaries, until the start-up backfill
    /// reaches it) is read from its document.
    /// </summary>
    private async Task<List<DatasetRecord>> Fetch(int skip, int take)
    {
        if (take <= 0) return [];
        if (publicDefault && _reading is { Source: PageSource.Summary, PublisherDocuments: false } && graph.DocumentReads.IsAvailable)
            return await FetchPublicSummariesInPlace(skip, take);
        var rows = _reading.Source == PageSource.Summary ? await FetchSummaries(skip, take) : await FetchDocuments(skip, take);
        foreach (var row in rows) graph.PagePublishers.Offer(row.OrganizationId, row.Publisher);
        var records = new List<DatasetRecord>(rows.Count);
        foreach (var row in rows) records.Add(row.Summary is { } summary ? FromSummary(row.SearchKey, summary)
            : PageRecordReader.Read(row.Document!, withDictionary: _reading.Source == PageSource.Full));
        return records;
    }

    /// <summary>
    /// The public front page on SQLite (<see cref="SqliteDocumentReads.PublicSummaries"/>): the summaries are read
    /// where SQLite holds them, and a record decoded before from the same bytes costs only their comparison (see
    /// <see cref="DecodedSummaryCache"/>), without EF's command, reader and an array per row. Rows without a
    /// summary are read from their documents, as on the other paths.
    /// </summary>
    private async Task<List<DatasetRecord>> FetchPublicSummariesInPlace(int skip, int take)
    {
        var records = new List<DatasetRecord?>(take);
        List<(int Index, long Key)>? missing = null;
        using (var rows = graph.DocumentReads.PublicSummaries(skip, take))
        {
            while (rows.Next())
            {
                if (!rows.HasSummary) (missing ??= []).Add((records.Count, rows.SearchKey));
                records.Add(rows.HasSummary ? FromSummary(rows.SearchKey, rows.Summary) : null);
            }
        }
        if (missing is null) return records!;
        var documents = await DocumentsAsync(missing.ConvertAll(m => m.Key));
        foreach (var (index, key) in missing)
            if (documents.TryGetValue(key, out var document)) records[index] = PageRecordReader.Read(document, withDictionary: false);
        // A row deleted between the two reads is left out, as a later page would.
        return records.OfType<DatasetRecord>().ToList();
    }

    private DatasetRecord FromSummary(long key, ReadOnlySpan<byte> summary)
    {
        var reader = _reading.SummaryReader!;
        var record = reader.Read(key, summary, out var publisher);
        if (reader.ReadsPublisher) graph.PagePublishers.OfferFor(record, publisher);
        return record;
    }

    private Task<List<PageRow>> FetchDocuments(int skip, int take)
    {
        var organizations = graph.Db.Organizations;
        return graph.RunAsync(() => Ordered.Skip(skip).Take(take)
            .Select(d => new PageRow(d.SearchKey, null, d.Document, d.OrganizationId,
                organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault()))
            .ToListAsync(cancellationToken));
    }

    /// <summary>
    /// The page's summaries (<see cref="SummaryRowsOf"/>). Rows without a summary (rare, see above) get their
    /// documents in a second query, only when there are any.
    /// </summary>
    private async Task<List<PageRow>> FetchSummaries(int skip, int take)
    {
        var rows = skip > 0 ? await FetchSummariesByKey(skip, take)
            : !publicDefault ? await SummaryRowsOf(Ordered.Skip(skip).Take(take))
            : _reading.PublisherDocuments ? await graph.RunAsync(() => PublicSummaryPage.Rows(graph.Db, skip, take).ToListAsync(cancellationToken).AsTask())
            : await graph.RunAsync(() => PublicSummaryPage.Summaries(graph.Db, skip, take).ToListAsync(cancellationToken).AsTask());
        var missing = rows.Where(r => r.Summary is null).Select(r => r.SearchKey).ToList();
        if (missing.Count == 0) return rows;
        var documents = await DocumentsAsync(missing);
        // A row deleted between the two queries is left out, as a later page query would.
        return rows.Where(r => r.Summary is not null || documents.ContainsKey(r.SearchKey))
            .Select(r => r.Summary is null ? r with { Document = documents[r.SearchKey] } : r).ToList();
    }

    /// <summary>
    /// A page after the first: its keys first, the offset skipped in the order's index alone, then the rows of
    /// those keys. Joined to the summaries in one query, the database looked up the summary of every row it
    /// skipped: page 100 of 50 read 5,000 of them.
    /// </summary>
    private async Task<List<PageRow>> FetchSummariesByKey(int skip, int take)
    {
        var keys = publicDefault
            ? await graph.RunAsync(() => PublicSummaryPage.Keys(graph.Db, skip, take).ToListAsync(cancellationToken).AsTask())
            : await graph.RunAsync(() => Ordered.Skip(skip).Take(take).Select(d => d.SearchKey).ToListAsync(cancellationToken));
        var byKey = (await SummaryRowsOf(graph.Db.Datasets.Where(d => keys.Contains(d.SearchKey)))).ToDictionary(r => r.SearchKey);
        // In the page's order; a row deleted between the two queries is left out, as a later page query would.
        return keys.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
    }

    /// <summary>
    /// The summary rows of <paramref name="datasets"/>, with each row's publisher document when the page needs it.
    /// The query never names the documents: SQLite materialises a sub-select column by column, so even a document
    /// that is only the fallback of a CASE was read — about 16 kB of overflow pages per row.
    /// </summary>
    private Task<List<PageRow>> SummaryRowsOf(IQueryable<DatasetEntity> datasets)
    {
        var organizations = graph.Db.Organizations;
        return _reading.PublisherDocuments
            ? graph.RunAsync(() => datasets.Select(d => new PageRow(d.SearchKey, d.Summary != null ? d.Summary.Json : null, null, d.OrganizationId,
                organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Document).FirstOrDefault())).ToListAsync(cancellationToken))
            : graph.RunAsync(() => datasets.Select(d => new PageRow(d.SearchKey, d.Summary != null ? d.Summary.Json : null, null, Guid.Empty, null))
                .ToListAsync(cancellationToken));
    }

    /// <summary>The documents of rows whose summary is not stored yet (rare, see <see cref="Fetch"/>), in one query.</summary>
    private Task<Dictionary<long, string>> DocumentsAsync(List<long> keys) =>
        graph.RunAsync(() => graph.Db.Datasets.Where(d => keys.Contains(d.SearchKey))
            .Select(d => new { d.SearchKey, d.Document }).ToDictionaryAsync(d => d.SearchKey, d => d.Document, cancellationToken));
}

/// <summary>The visible datasets matching a connection's where and search, and the same in the connection's order.</summary>
public sealed record DatasetQueries(IQueryable<DatasetEntity> Filtered, IOrderedQueryable<DatasetEntity> Ordered);

/// <summary>A row of a page: its summary or its document, and its publisher's document.</summary>
internal sealed record PageRow(long SearchKey, byte[]? Summary, string? Document, Guid OrganizationId, string? Publisher);

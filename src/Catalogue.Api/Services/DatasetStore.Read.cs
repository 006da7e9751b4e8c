using System.Globalization;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Infrastructure.Search;
using Catalogue.Api.Security;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

/// <summary>
/// Reads and writes dataset records. Every path takes a <see cref="Caller"/>: drafts and records in review
/// exist only for their organisation's editors and admins — not in a listing, a count, a search, nor as a 403
/// that would confirm an id exists.
/// </summary>
public sealed partial class DatasetStore(CatalogueDbContext db, TimeProvider clock, OutboxWriter outbox, IEnumerable<IPublicationCheck> publicationChecks,
    SqliteDocumentReads documentReads)
{
    public IQueryable<DatasetEntity> Visible(Caller caller)
    {
        var q = db.Datasets.AsNoTracking();
        if (caller.IsAdmin) return q;
        var orgs = caller.Organizations.ToList();
        const int published = (int)RecordStatus.Published, withdrawn = (int)RecordStatus.Withdrawn;
        return orgs.Count == 0
            ? q.Where(d => d.Status == published || d.Status == withdrawn)
            : q.Where(d => d.Status == published || d.Status == withdrawn || orgs.Contains(d.OrganizationId));
    }

    /// <summary>
    /// Finds a record by id, slug, dct:identifier or DOI. The hot path of the REST API: compiled queries (no
    /// expression tree built or looked up per request) and the visibility rule of <see cref="Visible"/> applied
    /// to the few matching rows' status and organisation, which gives the same answer.
    /// </summary>
    public async Task<StoredRecord> GetAsync(string key, Caller caller, CancellationToken ct)
    {
        if (documentReads.IsAvailable && Guid.TryParse(key, out var guid))
        {
            // By id on SQLite: the stored UTF-8 bytes, without a string in between.
            using var row = documentReads.ById(guid);
            if (row.Found && CanSee(caller, row.Status, row.OrganizationId))
                return StoredRecord.FromUtf8(row.Utf8.ToArray(), row.Revision);
            throw new NotFoundException($"Dataset '{key}'");
        }
        var rows = Guid.TryParse(key, out var id) ? ById(db, id)
            : key.StartsWith("10.", StringComparison.Ordinal) ? ByDoi(db, key.ToLowerInvariant())
            : ByName(db, key);
        await foreach (var row in rows.WithCancellation(ct))
            if (CanSee(caller, row.Status, row.OrganizationId)) return new StoredRecord(row.Document, row.Revision);
        throw new NotFoundException($"Dataset '{key}'");
    }

    /// <summary>The rule of <see cref="Visible"/> for one row.</summary>
    internal static bool CanSee(Caller caller, int status, Guid organizationId) =>
        caller.IsAdmin || status is (int)RecordStatus.Published or (int)RecordStatus.Withdrawn || caller.Organizations.Contains(organizationId);

    private sealed record GetRow(string Document, int Revision, int Status, Guid OrganizationId);

    private static readonly Func<CatalogueDbContext, Guid, IAsyncEnumerable<GetRow>> ById = EF.CompileAsyncQuery((CatalogueDbContext db, Guid id) =>
        db.Datasets.AsNoTracking().Where(d => d.Id == id).Select(d => new GetRow(d.Document, d.Revision, d.Status, d.OrganizationId)));

    private static readonly Func<CatalogueDbContext, string, IAsyncEnumerable<GetRow>> ByDoi = EF.CompileAsyncQuery((CatalogueDbContext db, string doi) =>
        db.Datasets.AsNoTracking().Where(d => d.Doi == doi).Select(d => new GetRow(d.Document, d.Revision, d.Status, d.OrganizationId)));

    private static readonly Func<CatalogueDbContext, string, IAsyncEnumerable<GetRow>> ByName = EF.CompileAsyncQuery((CatalogueDbContext db, string key) =>
        db.Datasets.AsNoTracking().Where(d => d.Slug == key || d.Identifier == key).Select(d => new GetRow(d.Document, d.Revision, d.Status, d.OrganizationId)));

    public async Task<IReadOnlyList<StoredRecord>> GetManyAsync(IReadOnlyCollection<Guid> ids, Caller caller, CancellationToken ct)
    {
        var list = ids.ToList();
        var docs = await Visible(caller).Where(d => list.Contains(d.Id)).Select(d => d.Document).ToListAsync(ct);
        return docs.Select(d => new StoredRecord(d)).ToList();
    }

    /// <summary>The filtered set without order or page: what listings, counts and facets share.</summary>
    public IQueryable<DatasetEntity> Filter(DatasetQuery f, Caller caller)
    {
        var q = Visible(caller);
        if (f.Statuses.Count > 0)
        {
            var statuses = f.Statuses.Select(s => (int)s).ToList();
            q = q.Where(d => statuses.Contains(d.Status));
        }
        else
        {
            // Tombstones stay readable by id, but listings show them only when asked for.
            const int withdrawn = (int)RecordStatus.Withdrawn;
            q = q.Where(d => d.Status != withdrawn);
            // Anonymous readers see published records only; saying so as one equality lets the database read
            // pages in order from the (Status, ModifiedAt, SearchKey) index instead of sorting the catalogue.
            const int published = (int)RecordStatus.Published;
            if (!caller.IsAdmin && caller.Organizations.Count == 0) q = q.Where(d => d.Status == published);
        }
        if (f.AccessRights.Count > 0)
        {
            var levels = f.AccessRights.Select(a => (int)a).ToList();
            q = q.Where(d => levels.Contains(d.AccessRights));
        }
        if (f.Publishers.Count > 0)
        {
            var pubs = f.Publishers.ToList();
            q = q.Where(d => pubs.Contains(d.OrganizationId));
        }
        if (f.ModifiedSince is { } since)
        {
            var s = since.UtcDateTime;
            q = q.Where(d => d.ModifiedAt >= s);
        }
        q = Facet(q, DatasetProjection.Kinds.Theme, f.Themes);
        q = Facet(q, DatasetProjection.Kinds.HealthCategory, f.HealthCategories);
        q = Facet(q, DatasetProjection.Kinds.HealthTheme, f.HealthThemes);
        q = Facet(q, DatasetProjection.Kinds.Licence, f.Licences);
        q = Facet(q, DatasetProjection.Kinds.Format, f.Formats);
        q = Facet(q, DatasetProjection.Kinds.CodingSystem, f.CodingSystems);
        q = Facet(q, DatasetProjection.Kinds.Year, f.Years);
        q = Facet(q, DatasetProjection.Kinds.Keyword, f.Keywords.Select(k => RecordDefaults.Fold(k).Trim()).ToList());
        foreach (var name in f.VariableNames) q = Facet(q, DatasetProjection.Kinds.Variable, [DatasetProjection.VariableName(name)]);
        if (!string.IsNullOrWhiteSpace(f.Text)) q = SearchIndex.Match(db, q, f.Text);
        return q;
    }

    /// <summary>Each value list is an OR within the kind; kinds combine with AND.</summary>
    private IQueryable<DatasetEntity> Facet(IQueryable<DatasetEntity> q, string kind, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return q;
        var list = values.ToList();
        return q.Where(d => db.Facets.Any(f => f.DatasetKey == d.FacetKey && f.Kind == kind && list.Contains(f.Value)));
    }

    /// <summary>A page of full records (the stored documents): GraphQL, and REST listings with <c>view=full</c>.</summary>
    public async Task<DatasetPage> ListAsync(DatasetQuery f, Caller caller, CancellationToken ct)
    {
        var (rows, next, total) = await PageAsync(f, caller, d => new PageRow
        {
            Document = d.Document, Revision = d.Revision,
            SearchKey = d.SearchKey, ModifiedAt = d.ModifiedAt, SortTitle = d.SortTitle, IssuedAt = d.IssuedAt, QualityScore = d.QualityScore,
        }, ct);
        return new DatasetPage(rows.Select(r => new StoredRecord(r.Document!, r.Revision)).ToList(), next, total);
    }

    /// <summary>
    /// A page of listing summaries (<see cref="DatasetSummary"/>) as stored, UTF-8. The document is read only for
    /// a row whose summary is missing (stored before summaries existed, or its publisher just renamed), and the
    /// summary is then computed from it.
    /// </summary>
    public async Task<SummaryPage> ListSummariesAsync(DatasetQuery f, Caller caller, CancellationToken ct)
    {
        // Only the summary and the sort's own columns: for the default order (and searches) every one of them is
        // in the (Status, ModifiedAt, SearchKey) index, so the database never reads the records' rows.
        System.Linq.Expressions.Expression<Func<DatasetEntity, PageRow>> select = f.Sort switch
        {
            DatasetSort.TitleAsc or DatasetSort.TitleDesc => d => new PageRow { Summary = d.Summary!.Json, SearchKey = d.SearchKey, SortTitle = d.SortTitle },
            DatasetSort.IssuedAsc or DatasetSort.IssuedDesc => d => new PageRow { Summary = d.Summary!.Json, SearchKey = d.SearchKey, IssuedAt = d.IssuedAt },
            DatasetSort.QualityAsc or DatasetSort.QualityDesc => d => new PageRow { Summary = d.Summary!.Json, SearchKey = d.SearchKey, QualityScore = d.QualityScore },
            _ => SummaryByModified,
        };
        var (rows, next, total) = await PageAsync(f, caller, select, ct, publicSummaries: IsPublicListing(f, caller));
        var items = new byte[rows.Count][];
        List<long>? missing = null;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Summary is { } json) items[i] = json;
            else (missing ??= new()).Add(rows[i].SearchKey);
        if (missing is not null)
        {
            var documents = await db.Datasets.AsNoTracking().Where(d => missing.Contains(d.SearchKey))
                .Select(d => new { d.SearchKey, d.Document, d.OrganizationId, d.QualityScore }).ToDictionaryAsync(d => d.SearchKey, ct);
            var summaries = new DatasetSummary.FromDocuments(db);
            for (var i = 0; i < rows.Count; i++)
                if (items[i] is null && documents.TryGetValue(rows[i].SearchKey, out var row))
                    items[i] = await summaries.BuildAsync(row.Document, row.OrganizationId, row.QualityScore, ct);
        }
        return new SummaryPage(items.Where(i => i is not null).ToList(), next, total);
    }

    private sealed class PageRow
    {
        public string? Document { get; init; }
        public byte[]? Summary { get; init; }
        public int Revision { get; init; }
        public Guid OrganizationId { get; init; }
        public long SearchKey { get; init; }
        public DateTime ModifiedAt { get; init; }
        public string SortTitle { get; init; } = "";
        public DateTime? IssuedAt { get; init; }
        public int QualityScore { get; init; }
    }

    /// <param name="publicSummaries">The listing is <see cref="IsPublicListing"/> and selects summaries: its rows come
    /// from <see cref="SqliteDocumentReads"/> on SQLite, and from the compiled queries without a search on PostgreSQL.</param>
    private async Task<(List<PageRow> Rows, string? Next, int? Total)> PageAsync(DatasetQuery f, Caller caller,
        System.Linq.Expressions.Expression<Func<DatasetEntity, PageRow>> select, CancellationToken ct, bool publicSummaries = false)
    {
        var limit = Math.Clamp(f.Limit, 1, DatasetQuery.MaxLimit);
        var filtered = Filter(f, caller);
        var cursor = f.After is null ? null : Cursor.Decode(f.After);
        if (cursor is not null && cursor.Sort != f.Sort) throw new BadRequestException("after", "The cursor was issued for another sort order.");
        Task<List<PageRow>> General() => Keyset.Apply(filtered, f.Sort, cursor).Select(select).Take(limit + 1).ToListAsync(ct);
        var rows = !publicSummaries ? await General()
            : documentReads.IsAvailable ? ReadPublicSummaries(f.Text, cursor, limit + 1)
            : SearchIndex.MatchExpression(f.Text) is not null ? await General() // PostgreSQL's searches: the composed query
            : cursor is null ? await PublicSummaries(db, limit + 1).ToListAsync(ct)
            : await PublicSummariesAfter(db, Keyset.Date(cursor), cursor.Key, limit + 1).ToListAsync(ct);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            var last = rows[^1];
            var value = f.Sort switch
            {
                DatasetSort.TitleAsc or DatasetSort.TitleDesc => last.SortTitle,
                DatasetSort.IssuedAsc or DatasetSort.IssuedDesc => (last.IssuedAt ?? DateTime.MinValue).ToString("O", CultureInfo.InvariantCulture),
                DatasetSort.QualityAsc or DatasetSort.QualityDesc => last.QualityScore.ToString(CultureInfo.InvariantCulture),
                _ => last.ModifiedAt.ToString("O", CultureInfo.InvariantCulture),
            };
            next = new Cursor(f.Sort, value, last.SearchKey).Encode();
        }
        int? total = f.IncludeTotal ? await filtered.CountAsync(ct) : null;
        return (rows, next, total);
    }

    /// <summary>
    /// The public catalogue in its default order, unfiltered or searched only by text: a portal's front page, its
    /// search box and where every harvest starts, so by far the most requested listings. Their reads are prepared
    /// once (no expression tree built, translated or looked up per request) and say what <see cref="Filter"/> and
    /// <see cref="Keyset"/> say for an anonymous reader: published records matching the text, newest change
    /// first, resumed after the cursor.
    /// </summary>
    private static bool IsPublicListing(DatasetQuery f, Caller caller) =>
        !caller.IsAdmin && caller.Organizations.Count == 0 && f.Sort == DatasetSort.ModifiedDesc
        && f.Statuses.Count == 0 && f.AccessRights.Count == 0 && f.Publishers.Count == 0 && f.ModifiedSince is null
        && f.Themes.Count == 0 && f.HealthCategories.Count == 0 && f.HealthThemes.Count == 0 && f.Licences.Count == 0 && f.Formats.Count == 0
        && f.CodingSystems.Count == 0 && f.Years.Count == 0 && f.Keywords.Count == 0 && f.VariableNames.Count == 0;

    private const int Published = (int)RecordStatus.Published;

    /// <summary>
    /// The public listing's rows on SQLite (<see cref="IsPublicListing"/>), read by <see cref="SqliteDocumentReads"/> on
    /// its open connections with the statements prepared, without EF's command and reader per page.
    /// </summary>
    private List<PageRow> ReadPublicSummaries(string? text, Cursor? cursor, int take)
    {
        var rows = new List<PageRow>(take);
        (DateTime, long)? after = cursor is null ? null : (Keyset.Date(cursor), cursor.Key);
        using var read = SearchIndex.MatchExpression(text) is { } match ? documentReads.PublicSearch(match, after, take)
            : after is { } a ? documentReads.PublicSummariesAfter(a.Item1, a.Item2, take)
            : documentReads.PublicSummaries(0, take);
        while (read.Next())
            rows.Add(new PageRow { Summary = read.HasSummary ? read.Summary.ToArray() : null, SearchKey = read.SearchKey, ModifiedAt = read.ModifiedAt });
        return rows;
    }

    /// <summary>A summary row of the default order: the summary and the keyset's own columns.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<DatasetEntity, PageRow>> SummaryByModified =
        d => new PageRow { Summary = d.Summary!.Json, SearchKey = d.SearchKey, ModifiedAt = d.ModifiedAt };

    private static readonly Func<CatalogueDbContext, int, IAsyncEnumerable<PageRow>> PublicSummaries = EF.CompileAsyncQuery((CatalogueDbContext db, int take) =>
        db.Datasets.AsNoTracking().Where(d => d.Status == Published)
            .OrderByDescending(d => d.ModifiedAt).ThenByDescending(d => d.SearchKey)
            .Select(SummaryByModified).Take(take));

    private static readonly Func<CatalogueDbContext, DateTime, long, int, IAsyncEnumerable<PageRow>> PublicSummariesAfter = EF.CompileAsyncQuery(
        (CatalogueDbContext db, DateTime modified, long key, int take) =>
            db.Datasets.AsNoTracking().Where(d => d.Status == Published && (d.ModifiedAt < modified || (d.ModifiedAt == modified && d.SearchKey < key)))
                .OrderByDescending(d => d.ModifiedAt).ThenByDescending(d => d.SearchKey)
                .Select(SummaryByModified).Take(take));

    public Task<int> CountAsync(DatasetQuery f, Caller caller, CancellationToken ct) => Filter(f, caller).CountAsync(ct);

    /// <summary>Counts per facet value for the current filter, computed by the database.</summary>
    public async Task<IReadOnlyList<(string Value, int Count)>> FacetCountsAsync(DatasetQuery f, Caller caller, string kind, CancellationToken ct)
    {
        var keys = Filter(f, caller).Select(d => d.FacetKey);
        if (kind == "publisher")
        {
            var pubs = await Filter(f, caller).GroupBy(d => d.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            return pubs.Select(p => (p.Key.ToString(), p.Count)).OrderByDescending(p => p.Count).ToList();
        }
        if (kind == "accessRights")
        {
            var levels = await Filter(f, caller).GroupBy(d => d.AccessRights).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            return levels.Select(p => (((AccessLevel)p.Key).ToCode(), p.Count)).OrderByDescending(p => p.Count).ToList();
        }
        var rows = await db.Facets.AsNoTracking().Where(x => x.Kind == kind && keys.Contains(x.DatasetKey))
            .GroupBy(x => x.Value).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(100).ToListAsync(ct);
        return rows.Select(r => (r.Key, r.Count)).ToList();
    }
}

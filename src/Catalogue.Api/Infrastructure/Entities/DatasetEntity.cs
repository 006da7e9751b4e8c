namespace Catalogue.Api.Infrastructure.Entities;

/// <summary>
/// One dataset record: the whole record as a JSON document, plus the columns listings filter and sort on.
/// The document is the truth; the columns and the facet rows are derived from it on every write.
/// </summary>
public sealed class DatasetEntity
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Identifier { get; set; } = "";
    public Guid OrganizationId { get; set; }
    public int Status { get; set; }
    public int AccessRights { get; set; }
    /// <summary>Folded title, the sort key for "title" ordering.</summary>
    public string SortTitle { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ModifiedAt { get; set; }
    public DateTime? IssuedAt { get; set; }
    public int QualityScore { get; set; }
    public int Revision { get; set; }
    public string? Doi { get; set; }
    public string? UdataId { get; set; }
    /// <summary>Key of the row in the SQLite FTS5 table (its integer rowid), derived from the id.</summary>
    public long SearchKey { get; set; }
    /// <summary>
    /// Key of the record's facet rows: allocated in increasing order as records are stored (<see cref="FacetKeys"/>),
    /// never changed. The search key is a hash of the id, so facet index entries keyed by it would land at random
    /// places inside each (kind, value); keyed by this one a batch of new records appends to each value's range.
    /// </summary>
    public long FacetKey { get; set; }
    /// <summary>Folded titles, descriptions, keywords and variable names (PostgreSQL indexes it as tsvector).</summary>
    public string SearchText { get; set; } = "";
    public string Document { get; set; } = "";
    /// <summary>The listing summary (its own table, see <see cref="DatasetSummaryEntity"/>); null until backfilled for old rows.</summary>
    public DatasetSummaryEntity? Summary { get; set; }

    public List<DatasetFacetEntity> Facets { get; set; } = new();
}

/// <summary>
/// The listing summary of a record as UTF-8 JSON (<see cref="Services.DatasetSummary"/>), derived on every write.
/// A table of its own rather than a column of datasets: SQLite stores a row's columns in order and a column after
/// the 16 kB document is reached only by walking the document's overflow pages, which a page of 50 summaries
/// would do 50 times. Keyed by the record's search key, which the listing and search indexes carry: on SQLite it
/// is the table's rowid, so a page of the default listing reads the order index and these rows only.
/// </summary>
public sealed class DatasetSummaryEntity
{
    public long SearchKey { get; set; }
    public byte[] Json { get; set; } = [];
}

/// <summary>A (kind, value) the record can be filtered and counted by: theme, licence, format, keyword, year, variable name…</summary>
public sealed class DatasetFacetEntity
{
    /// <summary>The record's <see cref="DatasetEntity.FacetKey"/>.</summary>
    public long DatasetKey { get; set; }
    public string Kind { get; set; } = "";
    public string Value { get; set; } = "";
}

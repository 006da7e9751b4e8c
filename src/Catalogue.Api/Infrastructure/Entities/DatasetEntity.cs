namespace Catalogue.Api.Infrastructure.Entities;

/// <summary>
/// One dataset record: the whole record as a JSON document, plus the columns listings filter and sort on.
/// The document is the truth; the columns and the facet/variable rows are derived from it on every write.
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
    /// <summary>Folded titles, descriptions, keywords and variable names (PostgreSQL indexes it as tsvector).</summary>
    public string SearchText { get; set; } = "";
    public string Document { get; set; } = "";

    public List<DatasetFacetEntity> Facets { get; set; } = new();
    public List<DatasetVariableEntity> Variables { get; set; } = new();
}

/// <summary>A (kind, value) the record can be filtered and counted by: theme, licence, format, keyword, year…</summary>
public sealed class DatasetFacetEntity
{
    public Guid DatasetId { get; set; }
    public string Kind { get; set; } = "";
    public string Value { get; set; } = "";
}

/// <summary>A variable of the data dictionary, so datasets can be found by variable name or coding system.</summary>
public sealed class DatasetVariableEntity
{
    public long Id { get; set; }
    public Guid DatasetId { get; set; }
    public string TableName { get; set; } = "";
    public string Name { get; set; } = "";
    public string? CodingSystem { get; set; }
}

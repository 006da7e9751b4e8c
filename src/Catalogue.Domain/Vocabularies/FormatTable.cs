namespace Catalogue.Domain.Vocabularies;

/// <summary>
/// File formats: the EU file-type code, its IANA media type, and whether the guide counts it as open
/// (CSV for tables, TIFF for images; no proprietary formats such as XLS).
/// </summary>
public sealed record FormatEntry(string Code, string MediaType, string Extension, bool Open);

public static class FormatTable
{
    public static readonly IReadOnlyList<FormatEntry> All = new FormatEntry[]
    {
        new("CSV", "text/csv", "csv", true), new("TSV", "text/tab-separated-values", "tsv", true),
        new("TIFF", "image/tiff", "tiff", true), new("JSON", "application/json", "json", true),
        new("JSON_LD", "application/ld+json", "jsonld", true), new("XML", "application/xml", "xml", true),
        new("RDF_TURTLE", "text/turtle", "ttl", true), new("RDF_XML", "application/rdf+xml", "rdf", true),
        new("TXT", "text/plain", "txt", true), new("ODS", "application/vnd.oasis.opendocument.spreadsheet", "ods", true),
        new("ODT", "application/vnd.oasis.opendocument.text", "odt", true), new("PDF", "application/pdf", "pdf", true),
        new("HTML", "text/html", "html", true), new("ZIP", "application/zip", "zip", true),
        new("GZIP", "application/gzip", "gz", true), new("TAR", "application/x-tar", "tar", true),
        new("SQL", "application/sql", "sql", true), new("SHP", "application/x-shapefile", "shp", true),
        new("DBF", "application/dbf", "dbf", false), new("XLS", "application/vnd.ms-excel", "xls", false),
        new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
        new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    };

    public static FormatEntry? Find(string? code) => All.FirstOrDefault(f => f.Code == code);
    public static bool IsOpen(string? code) => Find(code)?.Open ?? false;
}

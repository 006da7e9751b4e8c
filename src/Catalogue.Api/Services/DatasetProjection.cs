using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Api.Services;

/// <summary>Derives the queryable columns and facet rows of a record from its document.</summary>
public static class DatasetProjection
{
    public static class Kinds
    {
        public const string Theme = "theme", HealthCategory = "healthCategory", HealthTheme = "healthTheme",
            Licence = "licence", Format = "format", Keyword = "keyword", Year = "year", CodingSystem = "codingSystem",
            Zone = "zone", Standard = "conformsTo";

        /// <summary>
        /// The lower-cased names of the data dictionary's variables, each once per record: what finding datasets
        /// by variable name needs (tables and coding systems are read from the documents of the datasets found).
        /// </summary>
        public const string Variable = "variable";
    }

    /// <param name="publisher">The record's organisation, whose name and acronym go into the listing summary.</param>
    public static void Apply(DatasetEntity e, DatasetRecord r, DateTimeOffset now, Organization? publisher)
    {
        e.Id = r.Id;
        e.Slug = r.Slug;
        e.Identifier = r.Identifier;
        e.OrganizationId = r.OrganizationId;
        e.Status = (int)r.Status;
        e.AccessRights = (int)r.AccessRights;
        e.SortTitle = RecordDefaults.Fold(r.Title.Get("fr") ?? "").Trim();
        e.CreatedAt = r.CreatedAt.UtcDateTime;
        e.ModifiedAt = r.ModifiedAt.UtcDateTime;
        e.IssuedAt = r.FirstPublishedAt?.UtcDateTime;
        e.QualityScore = QualityScore.Compute(r, now).Score;
        e.Revision = r.Revision;
        e.Doi = r.Doi?.ToLowerInvariant();
        e.UdataId = r.UdataId;
        e.SearchKey = SearchKeyOf(r.Id);
        e.SearchText = SearchText(r);
        e.Document = RecordJson.Serialize(r);
        e.Summary = new DatasetSummaryEntity { SearchKey = e.SearchKey, Json = DatasetSummary.Build(r, publisher, e.QualityScore) };
        // A new record's facet key is 0 until it is allocated (the bulk import sets it on the rows when it writes them).
        e.Facets = Facets(r).Select(f => new DatasetFacetEntity { DatasetKey = e.FacetKey, Kind = f.Kind, Value = f.Value }).ToList();
    }

    /// <summary>The FTS5 rowid and keyset tie-breaker: both halves of the id folded to 63 bits (unique in practice, checked by a unique index).</summary>
    public static long SearchKeyOf(Guid id)
    {
        Span<byte> b = stackalloc byte[16];
        id.TryWriteBytes(b);
        return (BitConverter.ToInt64(b[..8]) ^ BitConverter.ToInt64(b[8..]) * 31) & long.MaxValue;
    }

    public static string SearchText(DatasetRecord r)
    {
        var parts = new List<string>();
        parts.AddRange(r.Title.Values);
        parts.AddRange(r.Description.Values);
        parts.AddRange(r.Keywords.AllValues);
        parts.Add(r.Identifier);
        parts.AddRange(r.DataDictionary.SelectMany(t => t.Variables.Select(v => v.Name.Replace('_', ' ') + " " + v.Name)));
        return RecordDefaults.Fold(string.Join(' ', parts));
    }

    /// <summary>A variable name as its facet stores it and as filters look it up: case does not matter.</summary>
    public static string VariableName(string name) => name.ToLowerInvariant();

    public static IEnumerable<(string Kind, string Value)> Facets(DatasetRecord r)
    {
        var set = new HashSet<(string, string)>();
        foreach (var t in r.Themes) set.Add((Kinds.Theme, t));
        foreach (var c in r.HealthCategories) set.Add((Kinds.HealthCategory, c));
        foreach (var t in r.HealthThemes) set.Add((Kinds.HealthTheme, t));
        foreach (var l in r.Licenses) set.Add((Kinds.Licence, LicenceTable.Find(l)?.SpdxId ?? l));
        foreach (var f in r.Distributions.Select(d => d.Format).OfType<string>()) set.Add((Kinds.Format, f));
        foreach (var k in r.Keywords.AllValues) set.Add((Kinds.Keyword, RecordDefaults.Fold(k).Trim()));
        foreach (var c in r.CodingSystems.Concat(r.DataDictionary.SelectMany(t => t.Variables).Select(v => v.CodingSystem).OfType<string>()))
            set.Add((Kinds.CodingSystem, c));
        foreach (var z in r.SpatialCoverage) set.Add((Kinds.Zone, z));
        foreach (var s in r.ConformsTo) set.Add((Kinds.Standard, s));
        foreach (var v in r.DataDictionary.SelectMany(t => t.Variables)) set.Add((Kinds.Variable, VariableName(v.Name)));
        foreach (var p in r.TemporalCoverage)
        {
            var from = p.Start?.Year ?? p.End!.Value.Year;
            var to = Math.Min(p.End?.Year ?? DateTime.UtcNow.Year, from + 200);
            for (var y = from; y <= to; y++) set.Add((Kinds.Year, y.ToString()));
        }
        return set;
    }
}

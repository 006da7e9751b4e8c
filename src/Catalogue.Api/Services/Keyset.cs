using System.Globalization;
using Catalogue.Api.Infrastructure.Entities;

namespace Catalogue.Api.Services;

/// <summary>Keyset pagination: order by the sort key then the unique search key, and resume after the cursor.</summary>
public static class Keyset
{
    public static IQueryable<DatasetEntity> Apply(IQueryable<DatasetEntity> q, DatasetSort sort, Cursor? c)
    {
        var k = c?.Key ?? 0;
        switch (sort)
        {
            case DatasetSort.ModifiedAsc:
                if (c is not null) { var v = Date(c); q = q.Where(d => d.ModifiedAt > v || (d.ModifiedAt == v && d.SearchKey > k)); }
                return q.OrderBy(d => d.ModifiedAt).ThenBy(d => d.SearchKey);
            case DatasetSort.TitleAsc:
                if (c is not null) { var v = c.Value ?? ""; q = q.Where(d => string.Compare(d.SortTitle, v) > 0 || (d.SortTitle == v && d.SearchKey > k)); }
                return q.OrderBy(d => d.SortTitle).ThenBy(d => d.SearchKey);
            case DatasetSort.TitleDesc:
                if (c is not null) { var v = c.Value ?? ""; q = q.Where(d => string.Compare(d.SortTitle, v) < 0 || (d.SortTitle == v && d.SearchKey < k)); }
                return q.OrderByDescending(d => d.SortTitle).ThenByDescending(d => d.SearchKey);
            case DatasetSort.IssuedAsc:
                if (c is not null) { var v = Date(c); q = q.Where(d => (d.IssuedAt ?? DateTime.MinValue) > v || ((d.IssuedAt ?? DateTime.MinValue) == v && d.SearchKey > k)); }
                return q.OrderBy(d => d.IssuedAt ?? DateTime.MinValue).ThenBy(d => d.SearchKey);
            case DatasetSort.IssuedDesc:
                if (c is not null) { var v = Date(c); q = q.Where(d => (d.IssuedAt ?? DateTime.MinValue) < v || ((d.IssuedAt ?? DateTime.MinValue) == v && d.SearchKey < k)); }
                return q.OrderByDescending(d => d.IssuedAt ?? DateTime.MinValue).ThenByDescending(d => d.SearchKey);
            case DatasetSort.QualityAsc:
                if (c is not null) { var v = Int(c); q = q.Where(d => d.QualityScore > v || (d.QualityScore == v && d.SearchKey > k)); }
                return q.OrderBy(d => d.QualityScore).ThenBy(d => d.SearchKey);
            case DatasetSort.QualityDesc:
                if (c is not null) { var v = Int(c); q = q.Where(d => d.QualityScore < v || (d.QualityScore == v && d.SearchKey < k)); }
                return q.OrderByDescending(d => d.QualityScore).ThenByDescending(d => d.SearchKey);
            default:
                if (c is not null) { var v = Date(c); q = q.Where(d => d.ModifiedAt < v || (d.ModifiedAt == v && d.SearchKey < k)); }
                return q.OrderByDescending(d => d.ModifiedAt).ThenByDescending(d => d.SearchKey);
        }
    }

    public static DateTime Date(Cursor c) =>
        DateTime.TryParse(c.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d
            : throw new BadRequestException("after", "The cursor is not one this server issued.");

    private static int Int(Cursor c) =>
        int.TryParse(c.Value, CultureInfo.InvariantCulture, out var i) ? i : throw new BadRequestException("after", "The cursor is not one this server issued.");
}

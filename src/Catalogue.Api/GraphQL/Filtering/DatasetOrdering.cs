using Catalogue.Api.Infrastructure.Entities;
using Input = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace Catalogue.Api.GraphQL.Filtering;

/// <summary>
/// Applies <c>order: [DatasetOrder!]</c> in the database. The internal search key always closes the order, so
/// equal sort values still come in one stable order and offset cursors point at the same rows page after page.
/// Without an order, the most recently modified come first (as in REST).
/// </summary>
public static class DatasetOrdering
{
    public static IOrderedQueryable<DatasetEntity> Apply(IQueryable<DatasetEntity> q, IEnumerable<Input>? order)
    {
        IOrderedQueryable<DatasetEntity>? ordered = null;
        var lastDescending = true;
        foreach (var key in order ?? [])
        {
            // One key per entry keeps the significance of keys explicit (what @oneOf would say; see docs/graphql.md).
            if (key.Count(p => p.Value is not null) != 1)
                throw GraphErrors.BadInput("Each order entry sets exactly one of title, issued, modified, qualityScore.", "order");
            foreach (var (field, value) in key)
            {
                if (value is not string direction) continue;
                var desc = direction == "DESC";
                lastDescending = desc;
                ordered = field switch
                {
                    "title" => By(q, ordered, d => d.SortTitle, desc),
                    "issued" => By(q, ordered, d => d.IssuedAt, desc),
                    "modified" => By(q, ordered, d => d.ModifiedAt, desc),
                    _ => By(q, ordered, d => d.QualityScore, desc),
                };
            }
        }
        ordered ??= q.OrderByDescending(d => d.ModifiedAt);
        // The unique tie-breaker runs in the same direction as the last key, so the database can read the
        // (Status, ModifiedAt, SearchKey) index in one direction instead of sorting every row.
        return lastDescending ? ordered.ThenByDescending(d => d.SearchKey) : ordered.ThenBy(d => d.SearchKey);
    }

    private static IOrderedQueryable<DatasetEntity> By<TKey>(IQueryable<DatasetEntity> q, IOrderedQueryable<DatasetEntity>? ordered,
        System.Linq.Expressions.Expression<Func<DatasetEntity, TKey>> key, bool desc) => ordered is null
        ? desc ? q.OrderByDescending(key) : q.OrderBy(key)
        : desc ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
}

using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Allocates <see cref="Entities.DatasetEntity.FacetKey"/>s, in increasing order so that the facet rows of new records
/// go at the end of each (kind, value) range of the facet index instead of at random places in it (a batch of an
/// import then dirties a few pages per value, not one per row: docs/benchmarks.md).
/// </summary>
public static class FacetKeys
{
    /// <summary>The PostgreSQL sequence (migration FacetsByFacetKey).</summary>
    public const string Sequence = "dataset_facet_keys";

    /// <summary>
    /// <paramref name="count"/> new keys, increasing. Call inside the transaction that stores the records: on SQLite
    /// it holds the write lock (Microsoft.Data.Sqlite begins transactions IMMEDIATE), so no other writer can take
    /// the same keys between the read of the largest one and the insert; PostgreSQL takes them from a sequence.
    /// </summary>
    public static async Task<long[]> NextAsync(CatalogueDbContext db, int count, CancellationToken ct)
    {
        if (count == 0) return [];
        if (db.IsPostgres)
            return (await db.Database.SqlQuery<long>($"SELECT nextval('dataset_facet_keys') AS \"Value\" FROM generate_series(1, {count})")
                .ToListAsync(ct)).Order().ToArray();
        // Served by the unique index on FacetKey: one look-up at its end.
        var last = await db.Datasets.MaxAsync(d => (long?)d.FacetKey, ct) ?? 0;
        var keys = new long[count];
        for (var i = 0; i < count; i++) keys[i] = last + 1 + i;
        return keys;
    }
}

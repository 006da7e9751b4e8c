using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure.Search;

/// <summary>
/// Full-text search over titles, descriptions, keywords and variable names, accent-insensitive. The text is
/// folded in C# (RecordDefaults.Fold) and queried as prefix terms, all of which must match. The only
/// provider-specific SQL of the catalogue lives here: SQLite FTS5 and PostgreSQL tsvector. The FTS5 table is
/// contentless (migration ContentlessSearchIndex): it keeps the terms, not the text, which only the datasets'
/// SearchText column holds; <c>contentless_delete</c> lets an entry be deleted by rowid all the same.
/// </summary>
public static class SearchIndex
{
    /// <summary>The SQLite FTS5 table, keyed by the datasets' SearchKey (its rowid).</summary>
    public const string Table = "dataset_search";

    /// <summary>Query terms: folded words of at least one character, at most 10 of them.</summary>
    public static IReadOnlyList<string> Terms(string query) =>
        RecordDefaults.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10).ToList();

    public static async Task IndexAsync(CatalogueDbContext db, DatasetEntity e, CancellationToken ct)
    {
        if (db.IsPostgres) return; // the GIN expression index follows the SearchText column
        await db.Database.ExecuteSqlAsync($"DELETE FROM dataset_search WHERE rowid = {e.SearchKey}", ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO dataset_search(rowid, content) VALUES ({e.SearchKey}, {e.SearchText})", ct);
    }

    /// <summary>
    /// Indexes rows that have no entry yet (the bulk import's new records) inside the current transaction,
    /// with one prepared statement bound by position (<see cref="SqliteRowStatement"/>): the same content as
    /// <see cref="IndexAsync"/>.
    /// </summary>
    public static Task IndexNewAsync(CatalogueDbContext db, IReadOnlyCollection<DatasetEntity> entities, CancellationToken ct)
    {
        if (db.IsPostgres || entities.Count == 0) return Task.CompletedTask;
        using var insert = new SqliteRowStatement((SqliteConnection)db.Database.GetDbConnection(),
            "INSERT INTO dataset_search(rowid, content) VALUES (?, ?)", [(typeof(long), SqliteType.Integer), (typeof(string), SqliteType.Text)]);
        foreach (var e in entities)
        {
            ct.ThrowIfCancellationRequested();
            insert.Execute([e.SearchKey, e.SearchText]);
        }
        return Task.CompletedTask;
    }

    public static async Task RemoveAsync(CatalogueDbContext db, long searchKey, CancellationToken ct)
    {
        if (db.IsPostgres) return;
        await db.Database.ExecuteSqlAsync($"DELETE FROM dataset_search WHERE rowid = {searchKey}", ct);
    }

    public static IQueryable<DatasetEntity> Match(CatalogueDbContext db, IQueryable<DatasetEntity> q, string query)
    {
        var terms = Terms(query);
        if (terms.Count == 0) return q;
        if (db.IsPostgres)
        {
            var tsquery = string.Join(" & ", terms.Select(t => t + ":*"));
            return q.Where(d => EF.Functions.ToTsVector("simple", d.SearchText).Matches(EF.Functions.ToTsQuery("simple", tsquery)));
        }
        var fts = MatchExpression(terms);
        var keys = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM dataset_search WHERE dataset_search MATCH {fts}");
        return q.Where(d => keys.Contains(d.SearchKey));
    }

    /// <summary>The FTS5 query of <paramref name="query"/> (every folded term as a prefix, all required); null without terms.</summary>
    public static string? MatchExpression(string? query) =>
        string.IsNullOrWhiteSpace(query) || Terms(query) is not { Count: > 0 } terms ? null : MatchExpression(terms);

    private static string MatchExpression(IReadOnlyList<string> terms) => string.Join(" ", terms.Select(t => "\"" + t + "\"*"));
}

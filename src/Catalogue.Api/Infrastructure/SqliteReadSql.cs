using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Infrastructure.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure;

/// <summary>The reads <see cref="SqliteDocumentReads"/> prepares on each of its connections.</summary>
internal enum SqliteRead { ById, Page, PageAt, PageAfter, Search, SearchAfter }

/// <summary>
/// The connection string and the SQL of <see cref="SqliteDocumentReads"/>, with the storage of the values they
/// bind, taken once from the EF model: table and column names, and how Microsoft.Data.Sqlite stores an id, a status
/// or a date, so a row is found exactly as EF's own query would find it. The listing's reads say what
/// <c>DatasetStore</c>'s compiled public queries and <c>GraphQL.Paging.PublicSummaryPage</c> say: published
/// records, most recently modified first, the (Status, ModifiedAt, SearchKey) index read backwards.
/// </summary>
internal sealed class SqliteReadSql
{
    private readonly Dictionary<SqliteRead, (string Sql, Func<SqliteConnection, (Type, SqliteType)[]> Storage)> _reads = [];

    public required string ConnectionString { get; init; }

    /// <summary>The id as the datasets table stores it.</summary>
    public required Func<Guid, object> IdValue { get; init; }

    /// <summary>The reads, each prepared on <paramref name="connection"/>.</summary>
    public Dictionary<SqliteRead, SqliteRowStatement> Prepare(SqliteConnection connection)
    {
        var prepared = new Dictionary<SqliteRead, SqliteRowStatement>();
        try
        {
            foreach (var (read, (sql, storage)) in _reads) prepared[read] = new SqliteRowStatement(connection, sql, storage(connection));
            return prepared;
        }
        catch
        {
            foreach (var statement in prepared.Values) statement.Dispose();
            throw;
        }
    }

    public static SqliteReadSql Build(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var sql = db.GetService<ISqlGenerationHelper>();
        var datasets = Table<DatasetEntity>(db, sql);
        var summaries = Table<DatasetSummaryEntity>(db, sql);
        var entity = db.Model.FindEntityType(typeof(DatasetEntity))!;
        var id = entity.FindProperty(nameof(DatasetEntity.Id))!;
        var converter = ((RelationalTypeMapping)id.GetRelationalTypeMapping()).Converter;
        (Type, SqliteType) Stored(SqliteConnection c, string property) => SqliteRowStatement.StorageOf(c, entity.FindProperty(property)!);
        (Type, SqliteType) integer = (typeof(long), SqliteType.Integer), text = (typeof(string), SqliteType.Text);

        string D(string property) => "d." + datasets.Column(property);
        var key = D(nameof(DatasetEntity.SearchKey));
        var modified = D(nameof(DatasetEntity.ModifiedAt));
        var json = "s." + summaries.Column(nameof(DatasetSummaryEntity.Json));
        var joinSummary = $"LEFT JOIN {summaries.Name} AS s ON s.{summaries.Column(nameof(DatasetSummaryEntity.SearchKey))} = ";
        var page = $"SELECT {key}, {json}, {modified} FROM {datasets.Name} AS d {joinSummary}{key} " +
            $"WHERE {D(nameof(DatasetEntity.Status))} = ? ";
        var after = $"AND ({modified} < ? OR ({modified} = ? AND {key} < ?)) ";
        var matching = $"AND {key} IN (SELECT rowid FROM {SearchIndex.Table} WHERE {SearchIndex.Table} MATCH ?) ";
        var order = $"ORDER BY {modified} DESC, {key} DESC LIMIT ?";
        // Pages further on skip their offset in the index alone, then join the summaries of the page's rows: joined
        // first, SQLite looked up the summary of every row it skipped (page 100 of 50 read 5,000 of them).
        string P(string property) => "p." + datasets.Column(property);
        var pageAt = $"SELECT {P(nameof(DatasetEntity.SearchKey))}, {json}, {P(nameof(DatasetEntity.ModifiedAt))} FROM (" +
            $"SELECT {key}, {modified} FROM {datasets.Name} AS d WHERE {D(nameof(DatasetEntity.Status))} = ? {order} OFFSET ?) AS p " +
            $"{joinSummary}{P(nameof(DatasetEntity.SearchKey))} ORDER BY {P(nameof(DatasetEntity.ModifiedAt))} DESC, {P(nameof(DatasetEntity.SearchKey))} DESC";

        var result = new SqliteReadSql
        {
            // Not pooled: these connections stay open for the life of the host, and their settings (read-only)
            // must never reach a connection EF takes from the shared pool to write.
            ConnectionString = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString(),
            IdValue = converter is null ? g => g : g => converter.ConvertToProvider(g)!,
        };
        result._reads[SqliteRead.ById] = (
            $"SELECT {datasets.Column(nameof(DatasetEntity.Document))}, {datasets.Column(nameof(DatasetEntity.Revision))}, " +
            $"{datasets.Column(nameof(DatasetEntity.Status))}, {datasets.Column(nameof(DatasetEntity.OrganizationId))} " +
            $"FROM {datasets.Name} WHERE {datasets.Column(nameof(DatasetEntity.Id))} = ?",
            c => [SqliteRowStatement.StorageOf(c, id)]);
        result._reads[SqliteRead.Page] = (page + order, c => [Stored(c, nameof(DatasetEntity.Status)), integer]);
        result._reads[SqliteRead.PageAt] = (pageAt, c => [Stored(c, nameof(DatasetEntity.Status)), integer, integer]);
        result._reads[SqliteRead.PageAfter] = (page + after + order, c =>
            [Stored(c, nameof(DatasetEntity.Status)), Stored(c, nameof(DatasetEntity.ModifiedAt)), Stored(c, nameof(DatasetEntity.ModifiedAt)), integer, integer]);
        result._reads[SqliteRead.Search] = (page + matching + order, c => [Stored(c, nameof(DatasetEntity.Status)), text, integer]);
        result._reads[SqliteRead.SearchAfter] = (page + matching + after + order, c =>
            [Stored(c, nameof(DatasetEntity.Status)), text, Stored(c, nameof(DatasetEntity.ModifiedAt)), Stored(c, nameof(DatasetEntity.ModifiedAt)), integer, integer]);
        return result;
    }

    private static (string Name, Func<string, string> Column) Table<T>(CatalogueDbContext db, ISqlGenerationHelper sql)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (sql.DelimitIdentifier(table.Name, table.Schema), property => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!));
    }
}

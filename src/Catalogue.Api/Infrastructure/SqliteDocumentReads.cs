using System.Collections.Concurrent;
using Catalogue.Api.Extensions;
using Catalogue.Api.Infrastructure.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The hottest reads on SQLite — one record by id, and the pages of the public default listing (REST's first
/// listing and GraphQL's front page, <see cref="PublicSummaries"/>) — on a few connections kept open with the statements
/// prepared (bound by position through <see cref="SqliteRowStatement"/>), instead of EF's open, prepare,
/// materialise and close for every request. SQLite keeps the document as UTF-8 and <see cref="DocumentRow.Utf8"/>
/// exposes those bytes in place, so they are copied once, into the response, without a 16 kB array, a string or a
/// re-encoding in between. A singleton that needs no DbContext: a GET by id leases no context from the pool.
/// The connections are read-only (and not memory-mapped: a map of the file would count every page read into the
/// server's resident memory). Table, columns and the id's storage format come from the EF model, so the row is
/// found exactly as EF's own query would find it. In WAL mode every read sees the latest commit, whichever
/// process made it. PostgreSQL keeps EF's compiled query (<see cref="IsAvailable"/> is false there).
/// </summary>
public sealed class SqliteDocumentReads(DatabaseOptions options, IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>Connections beyond this many (a burst) are closed after use rather than kept.</summary>
    private static readonly int MaxIdle = Environment.ProcessorCount * 4;
    private readonly ConcurrentBag<Reader> _idle = new();
    private Statement? _statement;
    private volatile bool _disposed;

    public bool IsAvailable { get; } = !string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The record's row, held open until the returned row is disposed (soon: it holds a connection and SQLite's
    /// read transaction); <see cref="DocumentRow.Found"/> is false when there is none.
    /// </summary>
    public DocumentRow ById(Guid id)
    {
        var statement = _statement ??= Statement.Build(scopes);
        if (!_idle.TryTake(out var reader)) reader = Reader.Open(statement);
        try
        {
            if (reader.Find(id)) return new DocumentRow(this, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
        Return(reader);
        return default;
    }

    /// <summary>
    /// The public catalogue's default listing — published records, most recently modified first, as
    /// <c>GraphQL.Paging.PublicSummaryPage</c> asks EF for it — rows <paramref name="skip"/> to skip + take: each
    /// row's SearchKey and stored summary, read in place. Held open until disposed, like <see cref="ById"/>.
    /// </summary>
    public SummaryRows PublicSummaries(int skip, int take) => skip == 0
        ? Summaries(r => r.Page, [Published, (long)take])
        : Summaries(r => r.PageAt, [Published, (long)take, (long)skip]);

    /// <summary>
    /// The same listing resumed after a keyset cursor (the row modified at <paramref name="modified"/> with
    /// <paramref name="key"/>), as the REST listing pages it.
    /// </summary>
    public SummaryRows PublicSummariesAfter(DateTime modified, long key, int take) =>
        Summaries(r => r.PageAfter, [Published, modified, modified, key, (long)take]);

    private static readonly object Published = (int)Domain.Model.RecordStatus.Published;

    private SummaryRows Summaries(Func<Reader, SqliteRowStatement> page, ReadOnlySpan<object?> values)
    {
        var statement = _statement ??= Statement.Build(scopes);
        if (!_idle.TryTake(out var reader)) reader = Reader.Open(statement);
        try
        {
            var query = page(reader);
            return new SummaryRows(this, reader, query, query.Query(values));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private void Return(Reader reader)
    {
        if (_disposed || _idle.Count >= MaxIdle) reader.Dispose();
        else _idle.Add(reader);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader)) reader.Dispose();
    }

    /// <summary>The current row of a lease: its columns are read in place; disposing it ends the read. It may be held
    /// across an await (SQLite connections may move between threads), not across two requests.</summary>
    public readonly struct DocumentRow : IDisposable
    {
        private readonly SqliteDocumentReads? _owner;
        private readonly Reader? _reader;

        internal DocumentRow(SqliteDocumentReads owner, Reader reader) => (_owner, _reader) = (owner, reader);

        public bool Found => _reader is not null;
        /// <summary>The stored JSON document as UTF-8, valid until this row is disposed.</summary>
        public ReadOnlySpan<byte> Utf8 => _reader!.Row.Utf8(0);
        public int Revision => _reader!.Row.Int32(1);
        public int Status => _reader!.Row.Int32(2);
        public Guid OrganizationId => Guid.Parse(_reader!.Row.Text(3));

        public void Dispose()
        {
            if (_reader is null) return;
            _reader.Row.Reset();
            _owner!.Return(_reader);
        }
    }

    /// <summary>
    /// The rows of <see cref="PublicSummaries"/>: <see cref="Next"/> moves to each in turn (the first included);
    /// a row's summary is valid until the next move; disposing it ends the read.
    /// </summary>
    public sealed class SummaryRows : IDisposable
    {
        private readonly SqliteDocumentReads _owner;
        private readonly SqliteRowStatement _rows;
        private Reader? _reader;
        private bool _started, _ended;

        internal SummaryRows(SqliteDocumentReads owner, Reader reader, SqliteRowStatement rows, bool hasFirst)
        {
            (_owner, _reader, _rows) = (owner, reader, rows);
            _ended = !hasFirst;
        }

        public bool Next()
        {
            if (_ended) return false;
            // The query already stepped to the first row.
            var more = !_started || _rows.Next();
            _started = true;
            _ended = !more;
            return more;
        }

        public long SearchKey => _rows.Int64(0);

        /// <summary>False for a row whose summary is not stored yet (see <c>DatasetSummary</c>).</summary>
        public bool HasSummary => !_rows.IsNull(1);

        /// <summary>The stored summary JSON, UTF-8, valid until the next <see cref="Next"/>.</summary>
        public ReadOnlySpan<byte> Summary => _rows.Utf8(1);

        /// <summary>The row's ModifiedAt, read as Microsoft.Data.Sqlite reads the column for EF.</summary>
        public DateTime ModifiedAt => DateTime.Parse(_rows.Text(2), System.Globalization.CultureInfo.InvariantCulture);

        public void Dispose()
        {
            if (_reader is null) return;
            _rows.Reset();
            _owner.Return(_reader);
            _reader = null;
        }
    }

    internal sealed class Reader(SqliteConnection connection, SqliteRowStatement row, SqliteRowStatement page, SqliteRowStatement pageAt,
        SqliteRowStatement pageAfter, Func<Guid, object> idValue) : IDisposable
    {
        public SqliteRowStatement Row => row;

        public SqliteRowStatement Page => page;

        public SqliteRowStatement PageAt => pageAt;

        public SqliteRowStatement PageAfter => pageAfter;

        public static Reader Open(Statement s)
        {
            var connection = new SqliteConnection(s.ConnectionString);
            try
            {
                connection.Open();
                using (var pragmas = connection.CreateCommand())
                {
                    pragmas.CommandText = "PRAGMA query_only = 1;";
                    pragmas.ExecuteNonQuery();
                }
                (Type, SqliteType) status = SqliteRowStatement.StorageOf(connection, s.Status), integer = (typeof(long), SqliteType.Integer);
                var modified = SqliteRowStatement.StorageOf(connection, s.ModifiedAt);
                var page = new SqliteRowStatement(connection, s.PageSql, [status, integer]);
                var pageAt = new SqliteRowStatement(connection, s.PageAtSql, [status, integer, integer]);
                var pageAfter = new SqliteRowStatement(connection, s.PageAfterSql, [status, modified, modified, integer, integer]);
                return new Reader(connection, new SqliteRowStatement(connection, s.Sql, [SqliteRowStatement.StorageOf(connection, s.Id)]),
                    page, pageAt, pageAfter, s.IdValue);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public bool Find(Guid id) => row.Query([idValue(id)]);

        public void Dispose()
        {
            row.Dispose();
            page.Dispose();
            pageAt.Dispose();
            pageAfter.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>The connection string, the SQL and the properties and storage of the values bound, taken once from the EF model.</summary>
    internal sealed record Statement(string ConnectionString, string Sql, Microsoft.EntityFrameworkCore.Metadata.IProperty Id, Func<Guid, object> IdValue,
        string PageSql, string PageAtSql, string PageAfterSql, Microsoft.EntityFrameworkCore.Metadata.IProperty Status,
        Microsoft.EntityFrameworkCore.Metadata.IProperty ModifiedAt)
    {
        public static Statement Build(IServiceScopeFactory scopes)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var entity = db.Model.FindEntityType(typeof(DatasetEntity))!;
            var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
            var id = entity.FindProperty(nameof(DatasetEntity.Id))!;
            var converter = ((RelationalTypeMapping)id.GetRelationalTypeMapping()).Converter;
            // Not pooled: these connections stay open here for the life of the host, and their settings
            // (read-only) must never reach a connection EF takes from the shared pool to write.
            var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString();
            var summaries = db.Model.FindEntityType(typeof(DatasetSummaryEntity))!;
            var summaryTable = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(summaries.GetTableName()!, summaries.GetSchema());
            string SummaryColumn(string property) => sql.DelimitIdentifier(summaries.FindProperty(property)!.GetColumnName(summaryTable)!);
            string Qualified(string alias, string column) => $"{alias}.{column}";
            var key = Qualified("d", Column(nameof(DatasetEntity.SearchKey)));
            var modified = Qualified("d", Column(nameof(DatasetEntity.ModifiedAt)));
            // The order of PublicSummaryPage and of the REST listing (DatasetStore's compiled public queries): the
            // (Status, ModifiedAt, SearchKey) index read backwards, as for EF's queries.
            var page = $"SELECT {key}, {Qualified("s", SummaryColumn(nameof(DatasetSummaryEntity.Json)))}, {modified} " +
                $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} AS d " +
                $"LEFT JOIN {sql.DelimitIdentifier(summaryTable.Name, summaryTable.Schema)} AS s " +
                $"ON {Qualified("s", SummaryColumn(nameof(DatasetSummaryEntity.SearchKey)))} = {key} " +
                $"WHERE {Qualified("d", Column(nameof(DatasetEntity.Status)))} = ? ";
            var order = $"ORDER BY {modified} DESC, {key} DESC LIMIT ?";
            // Further pages skip their offset in the index alone, then join the summaries of the page's rows: joined
            // first, SQLite looked up the summary of every row it skipped (page 100 of 50 read 5,000 of them).
            var status = Column(nameof(DatasetEntity.Status));
            var pageAt = $"SELECT p.{Column(nameof(DatasetEntity.SearchKey))}, {Qualified("s", SummaryColumn(nameof(DatasetSummaryEntity.Json)))}, " +
                $"p.{Column(nameof(DatasetEntity.ModifiedAt))} FROM (SELECT {Column(nameof(DatasetEntity.SearchKey))}, {Column(nameof(DatasetEntity.ModifiedAt))} " +
                $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {status} = ? " +
                $"ORDER BY {Column(nameof(DatasetEntity.ModifiedAt))} DESC, {Column(nameof(DatasetEntity.SearchKey))} DESC LIMIT ? OFFSET ?) AS p " +
                $"LEFT JOIN {sql.DelimitIdentifier(summaryTable.Name, summaryTable.Schema)} AS s " +
                $"ON {Qualified("s", SummaryColumn(nameof(DatasetSummaryEntity.SearchKey)))} = p.{Column(nameof(DatasetEntity.SearchKey))} " +
                $"ORDER BY p.{Column(nameof(DatasetEntity.ModifiedAt))} DESC, p.{Column(nameof(DatasetEntity.SearchKey))} DESC";
            return new Statement(
                connection,
                $"SELECT {Column(nameof(DatasetEntity.Document))}, {Column(nameof(DatasetEntity.Revision))}, {Column(nameof(DatasetEntity.Status))}, " +
                $"{Column(nameof(DatasetEntity.OrganizationId))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"WHERE {Column(nameof(DatasetEntity.Id))} = ?",
                id,
                converter is null ? g => g : g => converter.ConvertToProvider(g)!,
                page + order,
                pageAt,
                page + $"AND ({modified} < ? OR ({modified} = ? AND {key} < ?)) " + order,
                entity.FindProperty(nameof(DatasetEntity.Status))!,
                entity.FindProperty(nameof(DatasetEntity.ModifiedAt))!);
        }
    }
}

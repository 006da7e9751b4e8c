using System.Collections.Concurrent;
using Catalogue.Api.Extensions;
using Microsoft.Data.Sqlite;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The hottest reads on SQLite — one record by id, and the public listing in its default order (REST's listing and
/// its searches, GraphQL's front page) — on a few connections kept open with their statements prepared (bound by
/// position through <see cref="SqliteRowStatement"/>, SQL from <see cref="SqliteReadSql"/>), instead of EF's open,
/// prepare, materialise and close for every request. SQLite keeps documents and summaries as UTF-8 and the rows
/// expose those bytes in place, so they are copied once, into the response or the decoder, without an array, a
/// string or a re-encoding in between. A singleton that needs no DbContext: a GET by id leases no context from the
/// pool. The connections are read-only (and not memory-mapped: a map of the file would count every page read into
/// the server's resident memory). In WAL mode every read sees the latest commit, whichever process made it.
/// PostgreSQL keeps EF's compiled queries (<see cref="IsAvailable"/> is false there).
/// </summary>
public sealed class SqliteDocumentReads(DatabaseOptions options, IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>Connections beyond this many (a burst) are closed after use rather than kept.</summary>
    private static readonly int MaxIdle = Environment.ProcessorCount * 4;
    private static readonly object Published = (int)Domain.Model.RecordStatus.Published;
    private readonly ConcurrentBag<Reader> _idle = new();
    private SqliteReadSql? _sql;
    private volatile bool _disposed;

    public bool IsAvailable { get; } = !string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The record's row, held open until the returned row is disposed (soon: it holds a connection and SQLite's
    /// read transaction); <see cref="DocumentRow.Found"/> is false when there is none.
    /// </summary>
    public DocumentRow ById(Guid id)
    {
        var reader = Lease();
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
    /// The public listing's rows <paramref name="skip"/> to skip + take: each row's SearchKey, stored summary and
    /// ModifiedAt, read in place. Held open until disposed, like <see cref="ById"/>.
    /// </summary>
    public SqliteSummaryRows PublicSummaries(int skip, int take) => skip == 0
        ? Rows(SqliteRead.Page, [Published, (long)take])
        : Rows(SqliteRead.PageAt, [Published, (long)take, (long)skip]);

    /// <summary>The same listing resumed after a keyset cursor (the row modified at <paramref name="modified"/> with <paramref name="key"/>).</summary>
    public SqliteSummaryRows PublicSummariesAfter(DateTime modified, long key, int take) =>
        Rows(SqliteRead.PageAfter, [Published, modified, modified, key, (long)take]);

    /// <summary>The same listing restricted to the records matching the FTS5 query <paramref name="match"/>, optionally after a cursor.</summary>
    public SqliteSummaryRows PublicSearch(string match, (DateTime Modified, long Key)? after, int take) => after is { } cursor
        ? Rows(SqliteRead.SearchAfter, [Published, match, cursor.Modified, cursor.Modified, cursor.Key, (long)take])
        : Rows(SqliteRead.Search, [Published, match, (long)take]);

    private SqliteSummaryRows Rows(SqliteRead read, ReadOnlySpan<object?> values)
    {
        var reader = Lease();
        try
        {
            var statement = reader.Statements[read];
            return new SqliteSummaryRows(statement, statement.Query(values), () => Return(reader));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private Reader Lease()
    {
        var sql = _sql ??= SqliteReadSql.Build(scopes);
        return _idle.TryTake(out var reader) ? reader : Reader.Open(sql);
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
        public ReadOnlySpan<byte> Utf8 => Row.Utf8(0);
        public int Revision => Row.Int32(1);
        public int Status => Row.Int32(2);
        public Guid OrganizationId => Guid.Parse(Row.Text(3));

        private SqliteRowStatement Row => _reader!.Statements[SqliteRead.ById];

        public void Dispose()
        {
            if (_reader is null) return;
            Row.Reset();
            _owner!.Return(_reader);
        }
    }

    /// <summary>One read-only connection and its prepared statements.</summary>
    internal sealed class Reader(SqliteConnection connection, Dictionary<SqliteRead, SqliteRowStatement> statements, Func<Guid, object> idValue) : IDisposable
    {
        public Dictionary<SqliteRead, SqliteRowStatement> Statements => statements;

        public static Reader Open(SqliteReadSql sql)
        {
            var connection = new SqliteConnection(sql.ConnectionString);
            try
            {
                connection.Open();
                using (var pragmas = connection.CreateCommand())
                {
                    pragmas.CommandText = "PRAGMA query_only = 1; PRAGMA cache_size = -16384;";
                    pragmas.ExecuteNonQuery();
                }
                return new Reader(connection, sql.Prepare(connection), sql.IdValue);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public bool Find(Guid id) => statements[SqliteRead.ById].Query([idValue(id)]);

        public void Dispose()
        {
            foreach (var statement in statements.Values) statement.Dispose();
            connection.Dispose();
        }
    }
}

using System.Collections.Concurrent;
using Catalogue.Api.Extensions;
using Catalogue.Api.Infrastructure.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The REST API's hottest read on SQLite — one record by id — on a few connections kept open with the statement
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

    internal sealed class Reader(SqliteConnection connection, SqliteRowStatement row, Func<Guid, object> idValue) : IDisposable
    {
        public SqliteRowStatement Row => row;

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
                return new Reader(connection, new SqliteRowStatement(connection, s.Sql, [SqliteRowStatement.StorageOf(connection, s.Id)]), s.IdValue);
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
            connection.Dispose();
        }
    }

    /// <summary>The connection string, the SQL and the id's property and storage, taken once from the EF model.</summary>
    internal sealed record Statement(string ConnectionString, string Sql, Microsoft.EntityFrameworkCore.Metadata.IProperty Id, Func<Guid, object> IdValue)
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
            return new Statement(
                connection,
                $"SELECT {Column(nameof(DatasetEntity.Document))}, {Column(nameof(DatasetEntity.Revision))}, {Column(nameof(DatasetEntity.Status))}, " +
                $"{Column(nameof(DatasetEntity.OrganizationId))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"WHERE {Column(nameof(DatasetEntity.Id))} = ?",
                id,
                converter is null ? g => g : g => converter.ConvertToProvider(g)!);
        }
    }
}

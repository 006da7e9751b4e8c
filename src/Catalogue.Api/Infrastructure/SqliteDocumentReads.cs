using System.Collections.Concurrent;
using System.Data;
using Catalogue.Api.Infrastructure.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The REST API's hottest read on SQLite — one record by id — on a few connections kept open with the statement
/// prepared, instead of EF's open, prepare, materialise and close for every request. SQLite keeps the document as
/// UTF-8 and hands those bytes over as they are, so they reach the response without being decoded into a 16 kB
/// string and encoded again. The connections are read-only (and not memory-mapped: a map of the file would count
/// every page read into the server's resident memory). Table, columns and the id's storage format come from the EF model (its type
/// mapping binds the parameter), so the row is found exactly as EF's own query would find it. In WAL mode every
/// statement sees the latest commit. PostgreSQL keeps EF's compiled query (Npgsql returns text as strings).
/// </summary>
public sealed class SqliteDocumentReads : IDisposable
{
    public sealed record Row(byte[] Utf8, int Revision, int Status, Guid OrganizationId);

    /// <summary>Connections beyond this many (a burst) are closed after use rather than kept.</summary>
    private static readonly int MaxIdle = Environment.ProcessorCount * 4;
    private readonly ConcurrentBag<Reader> _idle = new();
    private Statement? _statement;
    private volatile bool _disposed;

    public Row? ById(CatalogueDbContext db, Guid id)
    {
        var statement = _statement ??= Statement.Build(db);
        if (!_idle.TryTake(out var reader)) reader = Reader.Open(statement);
        try
        {
            return reader.Read(id);
        }
        finally
        {
            if (_disposed || _idle.Count >= MaxIdle) reader.Dispose();
            else _idle.Add(reader);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader)) reader.Dispose();
    }

    private sealed class Reader(SqliteConnection connection, SqliteCommand command, SqliteParameter id, RelationalTypeMapping idMapping) : IDisposable
    {
        public static Reader Open(Statement s)
        {
            var connection = new SqliteConnection(s.ConnectionString);
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA query_only = 1;";
                pragmas.ExecuteNonQuery();
            }
            var command = connection.CreateCommand();
            command.CommandText = s.Sql;
            var id = (SqliteParameter)s.Id.CreateParameter(command, "id", null);
            command.Parameters.Add(id);
            command.Prepare();
            return new Reader(connection, command, id, s.Id);
        }

        public Row? Read(Guid key)
        {
            id.Value = idMapping.Converter?.ConvertToProvider(key) ?? key;
            using var reader = command.ExecuteReader(CommandBehavior.SingleRow);
            if (!reader.Read()) return null;
            return new Row(reader.GetFieldValue<byte[]>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetGuid(3));
        }

        public void Dispose()
        {
            command.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>The connection string, the SQL and the id's type mapping, taken once from the context and its model.</summary>
    private sealed record Statement(string ConnectionString, string Sql, RelationalTypeMapping Id)
    {
        public static Statement Build(CatalogueDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(DatasetEntity))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
            // Not pooled: these connections stay open here for the life of the host, and their settings
            // (read-only) must never reach a connection EF takes from the shared pool to write.
            var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString();
            return new Statement(
                connection,
                $"SELECT {Column(nameof(DatasetEntity.Document))}, {Column(nameof(DatasetEntity.Revision))}, {Column(nameof(DatasetEntity.Status))}, " +
                $"{Column(nameof(DatasetEntity.OrganizationId))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"WHERE {Column(nameof(DatasetEntity.Id))} = {sql.GenerateParameterNamePlaceholder("id")}",
                (RelationalTypeMapping)entity.FindProperty(nameof(DatasetEntity.Id))!.GetRelationalTypeMapping());
        }
    }
}

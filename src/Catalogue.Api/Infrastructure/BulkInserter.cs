using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Inserts many new rows of one entity type with prepared INSERTs, inside the context's current transaction.
/// The statements and the values come from the EF model (table and column names, each column's provider type
/// mapping and value converter), so rows are stored exactly as SaveChanges would store them, on SQLite and
/// PostgreSQL alike, at a fraction of the cost: no change tracking, no per-row command building.
/// Store-generated keys (identity columns) are left to the database; rows of one call get them in list order.
/// On SQLite the statements go through <see cref="SqliteRowStatement"/> (values bound by position), on
/// PostgreSQL through ADO.NET commands.
/// </summary>
public sealed class BulkInserter<T> : IAsyncDisposable where T : class
{
    /// <summary>
    /// Rows per statement when a list is inserted: a record has dozens of facet rows, and each
    /// statement costs a round trip (PostgreSQL) or opening cursors on the table and its indexes (SQLite). 64 rows
    /// of a few columns stay well below both providers' limits on parameters per statement.
    /// </summary>
    private const int MaxRowsPerStatement = 64;

    private readonly CatalogueDbContext _db;
    private readonly string _head;
    private readonly (IProperty Property, Func<object?, object?> ToProvider)[] _columns;
    /// <summary>PostgreSQL: one prepared ADO.NET statement per number of rows it inserts, made when first needed.</summary>
    private readonly Dictionary<int, (DbCommand Command, DbParameter[] Parameters)> _commands = new();
    /// <summary>SQLite: the same, bound by position; the columns' storage, and the values of one statement.</summary>
    private readonly Dictionary<int, SqliteRowStatement> _sqliteStatements = new();
    private readonly SqliteConnection? _sqlite;
    private readonly IReadOnlyList<(Type ProviderType, SqliteType SqliteType)>? _sqliteColumns;
    private readonly object?[] _values;

    private BulkInserter(CatalogueDbContext db, string head, (IProperty, Func<object?, object?>)[] columns)
    {
        _db = db;
        _head = head;
        _columns = columns;
        _values = new object?[columns.Length * MaxRowsPerStatement];
        _sqlite = db.Database.GetDbConnection() as SqliteConnection;
        if (_sqlite is not null) _sqliteColumns = columns.Select(c => SqliteRowStatement.StorageOf(_sqlite, c.Item1)).ToList();
    }

    public static async Task<BulkInserter<T>> CreateAsync(CatalogueDbContext db, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !IsStoreGenerated(p)).ToList();
        var columns = properties.Select(p =>
        {
            var converter = ((RelationalTypeMapping)p.GetRelationalTypeMapping()).Converter;
            Func<object?, object?> toProvider = converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v);
            return (p, toProvider);
        }).ToArray();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var inserter = new BulkInserter<T>(db, head, columns);
        await inserter.ExecuteAsync(0, ct); // prepares the one-row statement: a mapping error shows up here, not mid-batch
        return inserter;
    }

    public Task InsertAsync(T row, CancellationToken ct)
    {
        SetValues(0, row);
        return ExecuteAsync(1, ct);
    }

    /// <summary>Inserts the rows in order, up to <see cref="MaxRowsPerStatement"/> per statement.</summary>
    public async Task InsertAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += MaxRowsPerStatement)
        {
            var count = Math.Min(MaxRowsPerStatement, rows.Count - start);
            for (var i = 0; i < count; i++) SetValues(i, rows[start + i]);
            await ExecuteAsync(count, ct);
        }
    }

    private void SetValues(int rowInStatement, T row)
    {
        var offset = rowInStatement * _columns.Length;
        for (var c = 0; c < _columns.Length; c++)
        {
            var (property, toProvider) = _columns[c];
            _values[offset + c] = toProvider(property.GetGetter().GetClrValue(row));
        }
    }

    /// <summary>Runs the statement for <paramref name="rows"/> rows with the values set; with 0, only prepares the one-row statement.</summary>
    private async Task ExecuteAsync(int rows, CancellationToken ct)
    {
        var statementRows = Math.Max(rows, 1);
        if (_sqlite is not null)
        {
            if (!_sqliteStatements.TryGetValue(statementRows, out var statement))
                _sqliteStatements[statementRows] = statement = new SqliteRowStatement(_sqlite, Sql(statementRows, null), _sqliteColumns!);
            if (rows > 0) statement.Execute(_values.AsSpan(0, rows * _columns.Length));
            return;
        }
        if (!_commands.TryGetValue(statementRows, out var command)) _commands[statementRows] = command = await PrepareAsync(statementRows, ct);
        if (rows == 0) return;
        for (var i = 0; i < rows * _columns.Length; i++) command.Parameters[i].Value = _values[i] ?? DBNull.Value;
        await command.Command.ExecuteNonQueryAsync(ct);
    }

    private async Task<(DbCommand, DbParameter[])> PrepareAsync(int rows, CancellationToken ct)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        var parameters = new DbParameter[rows * _columns.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var property = _columns[i % _columns.Length].Property;
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            parameters[i] = mapping.CreateParameter(command, "p" + i, null, property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }
        command.CommandText = Sql(rows, _db.GetService<ISqlGenerationHelper>());
        await command.PrepareAsync(ct);
        return (command, parameters);
    }

    /// <summary>The INSERT of <paramref name="rows"/> rows: named placeholders for ADO.NET, plain <c>?</c> for SQLitePCL.</summary>
    private string Sql(int rows, ISqlGenerationHelper? sql) => _head + string.Join(", ", Enumerable.Range(0, rows).Select(r =>
        $"({string.Join(", ", Enumerable.Range(r * _columns.Length, _columns.Length).Select(i => sql?.GenerateParameterNamePlaceholder("p" + i) ?? "?"))})"));

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _sqliteStatements.Values) statement.Dispose();
        foreach (var (command, _) in _commands.Values) await command.DisposeAsync();
    }

    private static bool IsStoreGenerated(IProperty p) =>
        p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long);
}

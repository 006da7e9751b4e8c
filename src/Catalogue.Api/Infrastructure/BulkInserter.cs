using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Inserts many new rows of one entity type with a single prepared INSERT, inside the context's current
/// transaction. The statement and the values come from the EF model (table and column names, each
/// column's provider type mapping and value converter), so rows are stored exactly as SaveChanges would
/// store them, on SQLite and PostgreSQL alike, at a fraction of the cost: no change tracking, no
/// per-row command building. Store-generated keys (identity columns) are left to the database.
/// </summary>
public sealed class BulkInserter<T> : IAsyncDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter, Func<object?, object?> ToProvider)[] _columns;

    private BulkInserter(DbCommand command, (IProperty, DbParameter, Func<object?, object?>)[] columns)
    {
        _command = command;
        _columns = columns;
    }

    public static async Task<BulkInserter<T>> CreateAsync(CatalogueDbContext db, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !IsStoreGenerated(p)).ToList();

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = new (IProperty, DbParameter, Func<object?, object?>)[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var mapping = (RelationalTypeMapping)properties[i].GetRelationalTypeMapping();
            var converter = mapping.Converter;
            var parameter = mapping.CreateParameter(command, "p" + i, null, properties[i].IsNullable);
            command.Parameters.Add(parameter);
            columns[i] = (properties[i], parameter, converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v));
        }
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        await command.PrepareAsync(ct);
        return new BulkInserter<T>(command, columns);
    }

    public async Task InsertAsync(T row, CancellationToken ct)
    {
        foreach (var (property, parameter, toProvider) in _columns)
            parameter.Value = toProvider(property.GetGetter().GetClrValue(row)) ?? DBNull.Value;
        await _command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private static bool IsStoreGenerated(IProperty p) =>
        p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long);
}

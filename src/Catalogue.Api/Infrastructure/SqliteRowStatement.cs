using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// One prepared SQLite statement executed many times with values bound by position, straight through SQLitePCL:
/// rows written in bulk, and the reads of <see cref="SqliteDocumentReads"/> (a record by id, a page of summaries).
/// Microsoft.Data.Sqlite binds every parameter by name on every execution (a name lookup and a UTF-8 copy of the
/// name per value) and builds a reader per statement; for the dozens of facet rows of each imported
/// record that was most of the time of the writes. Values are stored as Microsoft.Data.Sqlite stores them for the
/// column's <see cref="SqliteType"/>, which EF's type mapping chose (<see cref="BulkInserter{T}"/> passes it); a
/// type it would store some other way is refused when the statement is made, not stored differently.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly Func<sqlite3_stmt, int, object, int>[] _binders;

    public SqliteRowStatement(SqliteConnection connection, string sql, IReadOnlyList<(Type ProviderType, SqliteType SqliteType)> columns)
    {
        _connection = connection;
        _binders = columns.Select(c => BinderFor(Nullable.GetUnderlyingType(c.ProviderType) ?? c.ProviderType, c.SqliteType)).ToArray();
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>Binds the values (null for SQL NULL) in column order, row after row, and runs the statement once.</summary>
    public void Execute(ReadOnlySpan<object?> values)
    {
        Bind(values);
        var step = Step();
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(step, _connection.Handle);
    }

    /// <summary>
    /// Binds the values and steps to the statement's first row: true when there is one, whose columns are then read
    /// with <see cref="Utf8"/>, <see cref="Int32"/> and <see cref="Text"/>. <see cref="Reset"/> must follow, which
    /// ends the read (SQLite holds its read transaction until then).
    /// </summary>
    public bool Query(ReadOnlySpan<object?> values)
    {
        Bind(values);
        var step = Step();
        if (step == raw.SQLITE_ROW) return true;
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(step, _connection.Handle);
        return false;
    }

    /// <summary>Steps to the next row of a <see cref="Query"/>: false after the last (call <see cref="Reset"/> either way).</summary>
    public bool Next()
    {
        // Not Step(): its retry resets the statement, which mid-way would start the rows over. A read under WAL
        // that has its first row holds its snapshot and is not refused later.
        var step = raw.sqlite3_step(_statement);
        if (step == raw.SQLITE_ROW) return true;
        if (step != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(step, _connection.Handle);
        return false;
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] is { } value ? _binders[i % _binders.Length](_statement, i + 1, value) : raw.sqlite3_bind_null(_statement, i + 1);
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }
    }

    /// <summary>A TEXT or BLOB column of the current row as SQLite holds it (UTF-8 for text), valid until <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(_statement, column);

    public int Int32(int column) => raw.sqlite3_column_int(_statement, column);

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>
    /// How Microsoft.Data.Sqlite would store the property's values: that depends on the parameter's SqliteType, the
    /// one EF's mapping sets or else the one inferred from the value's type, which a value of that type shows.
    /// </summary>
    public static (Type ProviderType, SqliteType SqliteType) StorageOf(SqliteConnection connection, IProperty property)
    {
        var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
        var type = mapping.Converter?.ProviderClrType ?? property.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        using var probe = connection.CreateCommand();
        var sample = type == typeof(string) ? "" : type == typeof(byte[]) ? Array.Empty<byte>() : Activator.CreateInstance(type);
        var parameter = (SqliteParameter)mapping.CreateParameter(probe, "p", sample, property.IsNullable);
        return (type, parameter.SqliteType);
    }

    /// <summary>Waits out a lock held by another connection as Microsoft.Data.Sqlite does (up to the command timeout).</summary>
    private int Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED)) return rc;
        var start = Stopwatch.GetTimestamp();
        do
        {
            raw.sqlite3_reset(_statement);
            Thread.Sleep(150);
            rc = raw.sqlite3_step(_statement);
        } while (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(_connection.DefaultTimeout));
        return rc;
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>A Guid as upper-case text; the last one is remembered, as a record's many child rows repeat its id.</summary>
    private static Func<sqlite3_stmt, int, object, int> GuidAsText()
    {
        (Guid Guid, string Text) last = default;
        return (s, i, v) =>
        {
            var guid = (Guid)v;
            if (last.Text is null || last.Guid != guid) last = (guid, guid.ToString().ToUpperInvariant());
            return raw.sqlite3_bind_text(s, i, last.Text);
        };
    }

    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    /// <summary>How Microsoft.Data.Sqlite stores a value of this type in a parameter of this SqliteType.</summary>
    private static Func<sqlite3_stmt, int, object, int> BinderFor(Type type, SqliteType sqliteType) => (Type.GetTypeCode(type), sqliteType) switch
    {
        (TypeCode.String, SqliteType.Text) => (s, i, v) => raw.sqlite3_bind_text(s, i, (string)v),
        (TypeCode.Int64, SqliteType.Integer) => (s, i, v) => raw.sqlite3_bind_int64(s, i, (long)v),
        (TypeCode.Int32, SqliteType.Integer) => (s, i, v) => raw.sqlite3_bind_int64(s, i, (int)v),
        (TypeCode.Boolean, SqliteType.Integer) => (s, i, v) => raw.sqlite3_bind_int64(s, i, (bool)v ? 1 : 0),
        (TypeCode.Double, SqliteType.Real) => (s, i, v) => raw.sqlite3_bind_double(s, i, (double)v),
        (TypeCode.DateTime, SqliteType.Text) => (s, i, v) => raw.sqlite3_bind_text(s, i, ((DateTime)v).ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
        (TypeCode.Object, SqliteType.Text) when type == typeof(Guid) => GuidAsText(),
        (TypeCode.Object, SqliteType.Blob) when type == typeof(byte[]) => (s, i, v) => raw.sqlite3_bind_blob(s, i, (byte[])v),
        _ => throw new NotSupportedException($"Bulk writes do not store {type.Name} values as SQLite {sqliteType}; insert them through EF instead."),
    };
}

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The rows of a listing read by <see cref="SqliteDocumentReads"/>: <see cref="Next"/> moves to each in turn (the
/// first included); a row's summary is valid until the next move; disposing the rows ends the read and gives the
/// connection back.
/// </summary>
public sealed class SqliteSummaryRows : IDisposable
{
    private readonly Action _release;
    private readonly SqliteRowStatement _rows;
    private bool _started, _ended, _released;

    internal SqliteSummaryRows(SqliteRowStatement rows, bool hasFirst, Action release)
    {
        (_rows, _release) = (rows, release);
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
        if (_released) return;
        _released = true;
        _rows.Reset();
        _release();
    }
}

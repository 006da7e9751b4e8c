namespace Catalogue.Emulators.DataCite;

/// <summary>
/// Failure injection for the public API routes (not <c>/_emulator</c>): the next N requests answer 429 (with
/// Retry-After) or a 5xx, and every request may be delayed. Thread-safe; settable in-process or over HTTP.
/// </summary>
public sealed class DataCiteEmulatorFaults
{
    private readonly object _gate = new();
    private int _tooManyRequests;
    private int _serverErrors;

    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);
    public int ServerErrorStatus { get; set; } = 503;
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Requests answered by a fault since start (for tests).</summary>
    public int InjectedCount { get; private set; }

    public void FailNextWith429(int count, TimeSpan? retryAfter = null)
    {
        lock (_gate)
        {
            _tooManyRequests = count;
            if (retryAfter is { } r) RetryAfter = r;
        }
    }

    public void FailNextWithServerError(int count, int status = 503)
    {
        lock (_gate)
        {
            _serverErrors = count;
            ServerErrorStatus = status;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _tooManyRequests = 0;
            _serverErrors = 0;
            Latency = TimeSpan.Zero;
        }
    }

    public int Pending429 { get { lock (_gate) return _tooManyRequests; } }
    public int PendingServerErrors { get { lock (_gate) return _serverErrors; } }

    /// <summary>Consumes one pending fault: the status to answer, or null to serve normally.</summary>
    internal int? Take()
    {
        lock (_gate)
        {
            if (_tooManyRequests > 0) { _tooManyRequests--; InjectedCount++; return 429; }
            if (_serverErrors > 0) { _serverErrors--; InjectedCount++; return ServerErrorStatus; }
            return null;
        }
    }
}

using System.Collections.Concurrent;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// Failure switches, settable from tests or over HTTP (<c>/_emulator/faults</c>). Counted faults
/// ("the next N requests") are consumed one request at a time, in this order: connection reset,
/// 5xx burst, 429. Latency applies to every API request; read-only mode to udata's blocklisted POSTs.
/// </summary>
public sealed class UdataEmulatorFaults
{
    private readonly object _gate = new();
    private TimeSpan _latency;
    private int _resetsLeft;
    private int _failuresLeft;
    private int _failureStatus = 503;
    private int _rateLimitsLeft;
    private TimeSpan _retryAfter;
    private bool _retryAfterAsDate;
    private bool _readOnly;

    /// <summary>Every API request that reached the emulator, faulted or not (method, path and query only, never headers).</summary>
    public ConcurrentQueue<EmulatorRequest> Requests { get; } = new();

    public TimeSpan Latency
    {
        get { lock (_gate) return _latency; }
        set { lock (_gate) _latency = value < TimeSpan.Zero ? TimeSpan.Zero : value; }
    }

    /// <summary>udata's <c>READ_ONLY_MODE</c>: dataset, resource and upload creation answer 423.</summary>
    public bool ReadOnly
    {
        get { lock (_gate) return _readOnly; }
        set { lock (_gate) _readOnly = value; }
    }

    /// <summary>The next <paramref name="count"/> API requests answer <paramref name="statusCode"/> (502, 503…).</summary>
    public void FailNext(int count, int statusCode = 503)
    {
        lock (_gate) { _failuresLeft = Math.Max(0, count); _failureStatus = statusCode; }
    }

    /// <summary>The next <paramref name="count"/> API requests answer 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter, bool retryAfterAsHttpDate = false)
    {
        lock (_gate) { _rateLimitsLeft = Math.Max(0, count); _retryAfter = retryAfter; _retryAfterAsDate = retryAfterAsHttpDate; }
    }

    /// <summary>The next <paramref name="count"/> API requests get part of a response, then a reset connection.</summary>
    public void ResetConnectionNext(int count)
    {
        lock (_gate) _resetsLeft = Math.Max(0, count);
    }

    public void Clear()
    {
        lock (_gate)
        {
            _latency = TimeSpan.Zero; _resetsLeft = 0; _failuresLeft = 0; _rateLimitsLeft = 0; _readOnly = false;
        }
    }

    public UdataFaultSettings Snapshot()
    {
        lock (_gate)
            return new UdataFaultSettings
            {
                LatencyMs = (int)_latency.TotalMilliseconds, ReadOnly = _readOnly, ResetNext = _resetsLeft,
                FailNext = _failuresLeft, FailStatus = _failureStatus,
                RateLimitNext = _rateLimitsLeft, RetryAfterSeconds = (int)_retryAfter.TotalSeconds, RetryAfterAsDate = _retryAfterAsDate,
            };
    }

    public void Apply(UdataFaultSettings settings)
    {
        lock (_gate)
        {
            _latency = TimeSpan.FromMilliseconds(Math.Max(0, settings.LatencyMs));
            _readOnly = settings.ReadOnly;
            _resetsLeft = Math.Max(0, settings.ResetNext);
            _failuresLeft = Math.Max(0, settings.FailNext);
            _failureStatus = settings.FailStatus;
            _rateLimitsLeft = Math.Max(0, settings.RateLimitNext);
            _retryAfter = TimeSpan.FromSeconds(Math.Max(0, settings.RetryAfterSeconds));
            _retryAfterAsDate = settings.RetryAfterAsDate;
        }
    }

    /// <summary>Consumes at most one counted fault for this request.</summary>
    internal FaultDecision Decide()
    {
        lock (_gate)
        {
            if (_resetsLeft > 0) { _resetsLeft--; return new FaultDecision(_latency, FaultKind.Reset, 0, default, false); }
            if (_failuresLeft > 0) { _failuresLeft--; return new FaultDecision(_latency, FaultKind.Status, _failureStatus, default, false); }
            if (_rateLimitsLeft > 0) { _rateLimitsLeft--; return new FaultDecision(_latency, FaultKind.RateLimit, 429, _retryAfter, _retryAfterAsDate); }
            return new FaultDecision(_latency, _readOnly ? FaultKind.ReadOnlyMode : FaultKind.None, 0, default, false);
        }
    }
}

public sealed record EmulatorRequest(string Method, string Path, string Query);

internal enum FaultKind { None, Reset, Status, RateLimit, ReadOnlyMode }

internal readonly record struct FaultDecision(TimeSpan Latency, FaultKind Kind, int Status, TimeSpan RetryAfter, bool RetryAfterAsDate);

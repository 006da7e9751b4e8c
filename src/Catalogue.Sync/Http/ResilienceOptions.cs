namespace Catalogue.Sync.Http;

/// <summary>
/// Retry and timeout settings for <see cref="ResilienceHandler"/>. One instance per remote API
/// (data.gouv.fr, DataCite) so each can be tuned separately.
/// </summary>
public sealed record ResilienceOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; it doubles on each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of the computed back-off (a server's Retry-After may exceed it).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one attempt, including reading the response body.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A Retry-After longer than this is not waited for: the response is returned as is,
    /// because blocking a sync run for minutes is worse than failing it and trying later.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Observer called before each retry delay (used by tests and metrics).</summary>
    public Action<ResilienceRetry>? OnRetry { get; init; }
}

/// <summary>What <see cref="ResilienceHandler"/> decided before one retry.</summary>
/// <param name="AttemptNumber">0 for the retry that follows the first attempt.</param>
/// <param name="Delay">The delay actually waited before the retry.</param>
/// <param name="StatusCode">Status of the failed attempt, or null when it threw.</param>
/// <param name="RetryAfter">The server's Retry-After, when it sent one.</param>
/// <param name="ExceptionType">Type name of the transport failure, when the attempt threw.</param>
public sealed record ResilienceRetry(
    int AttemptNumber,
    TimeSpan Delay,
    int? StatusCode,
    TimeSpan? RetryAfter,
    string? ExceptionType,
    string Method,
    string? Path);

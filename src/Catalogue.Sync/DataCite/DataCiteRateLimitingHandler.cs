using System.Threading.RateLimiting;

namespace Catalogue.Sync.DataCite;

/// <summary>
/// Keeps the client under DataCite's firewall limit (CONTRACT.md §9) by waiting for a permit before each
/// request: excess requests queue, they never fail. The limiter is shared by every handler instance
/// (IHttpClientFactory recycles handlers), so it lives in <see cref="DataCiteRateLimiter"/>.
/// </summary>
public sealed class DataCiteRateLimitingHandler(DataCiteRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using RateLimitLease lease = await limiter.Limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
            throw new InvalidOperationException("The DataCite rate limiter refused a permit although its queue is unbounded.");
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The process-wide sliding-window budget of DataCite requests.</summary>
public sealed class DataCiteRateLimiter : IDisposable
{
    public DataCiteRateLimiter(DataCiteRateLimitOptions options)
    {
        Limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = options.Window,
            SegmentsPerWindow = options.SegmentsPerWindow,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public RateLimiter Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}

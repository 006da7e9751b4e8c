using System.Net.Http.Headers;

namespace Catalogue.Sync.Http;

/// <summary>Reads <c>Retry-After</c> in both forms RFC 9110 allows: delta-seconds or an HTTP date.</summary>
public static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage? response, TimeProvider? clock = null)
    {
        RetryConditionHeaderValue? value = response?.Headers.RetryAfter;
        if (value is null) return null;
        if (value.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (value.Date is { } date)
        {
            TimeSpan wait = date - (clock ?? TimeProvider.System).GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}

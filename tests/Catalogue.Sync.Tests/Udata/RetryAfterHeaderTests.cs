using System.Net;
using System.Net.Http.Headers;
using Catalogue.Sync.Http;

namespace Catalogue.Sync.Tests.Udata;

public sealed class RetryAfterHeaderTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Reads_delta_seconds_and_http_dates()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(30));
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(-30));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var clock = new FixedClock(now);
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(seconds, clock));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Read(date, clock));
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(past, clock));
        Assert.Null(RetryAfterHeader.Read(none, clock));
    }
}

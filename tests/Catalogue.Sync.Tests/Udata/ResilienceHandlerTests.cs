using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Catalogue.Sync.Http;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>ResilienceHandler decisions in isolation, on a scripted inner handler (no network).</summary>
public sealed class ResilienceHandlerTests
{
    /// <summary>Answers with the scripted outcomes in turn, recording each request body it saw.</summary>
    private sealed class ScriptedHandler(params Func<CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
    {
        private int _calls;
        public ConcurrentQueue<string?> Bodies { get; } = new();
        public int Calls => _calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Enqueue(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
            int call = Interlocked.Increment(ref _calls) - 1;
            return await script[Math.Min(call, script.Length - 1)](cancellationToken);
        }
    }

    private static Func<CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode code, TimeSpan? retryAfter = null) => _ =>
    {
        var response = new HttpResponseMessage(code) { Content = new StringContent("{}") };
        if (retryAfter is { } delay) response.Headers.RetryAfter = new RetryConditionHeaderValue(delay);
        return Task.FromResult(response);
    };

    private static (HttpClient Client, List<ResilienceRetry> Retries) Build(ScriptedHandler inner, TimeSpan? attemptTimeout = null, TimeSpan? maxRetryAfter = null)
    {
        var retries = new List<ResilienceRetry>();
        var options = new ResilienceOptions
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
            MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromMinutes(2),
            OnRetry = r => { lock (retries) retries.Add(r); },
        };
        return (new HttpClient(new ResilienceHandler(options) { InnerHandler = inner }) { BaseAddress = new Uri("http://udata.test/") }, retries);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Gone)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Client_errors_other_than_408_423_429_are_returned_at_once(HttpStatusCode status)
    {
        var inner = new ScriptedHandler(Status(status));
        (HttpClient client, List<ResilienceRetry> retries) = Build(inner);

        using HttpResponseMessage response = await client.GetAsync("datasets/x/");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, inner.Calls);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_408_is_retried_and_the_body_is_sent_again_each_time()
    {
        var inner = new ScriptedHandler(Status(HttpStatusCode.RequestTimeout), Status(HttpStatusCode.OK));
        (HttpClient client, List<ResilienceRetry> retries) = Build(inner);

        using var body = new StreamContent(new MemoryStream("{\"title\":\"x\"}"u8.ToArray()));
        using HttpResponseMessage response = await client.PostAsync("datasets/", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["{\"title\":\"x\"}", "{\"title\":\"x\"}"], inner.Bodies);
        Assert.Equal(408, Assert.Single(retries).StatusCode);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_limit_is_not_waited_for()
    {
        var inner = new ScriptedHandler(Status(HttpStatusCode.TooManyRequests, TimeSpan.FromHours(1)));
        (HttpClient client, List<ResilienceRetry> retries) = Build(inner, maxRetryAfter: TimeSpan.FromSeconds(30));

        using HttpResponseMessage response = await client.GetAsync("datasets/");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, inner.Calls);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task An_attempt_that_exceeds_its_timeout_is_retried()
    {
        var inner = new ScriptedHandler(
            async ct => { await Task.Delay(Timeout.Infinite, ct); return new HttpResponseMessage(HttpStatusCode.OK); },
            Status(HttpStatusCode.OK));
        (HttpClient client, List<ResilienceRetry> retries) = Build(inner, attemptTimeout: TimeSpan.FromMilliseconds(100));

        using HttpResponseMessage response = await client.GetAsync("datasets/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TimeoutRejectedException", Assert.Single(retries).ExceptionType);
    }

    [Fact]
    public async Task Network_errors_are_retried_then_the_last_one_is_thrown()
    {
        var inner = new ScriptedHandler(_ => throw new HttpRequestException("connection refused"));
        (HttpClient client, List<ResilienceRetry> retries) = Build(inner);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("datasets/"));

        Assert.Equal(4, inner.Calls);
        Assert.Equal(3, retries.Count);
        Assert.All(retries, r => Assert.Equal("HttpRequestException", r.ExceptionType));
    }

    [Fact]
    public async Task A_cancellation_by_the_caller_is_not_retried()
    {
        var inner = new ScriptedHandler(async ct => { await Task.Delay(Timeout.Infinite, ct); return new HttpResponseMessage(HttpStatusCode.OK); });
        (HttpClient client, List<ResilienceRetry> retries) = Build(inner);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("datasets/", cancel.Token));

        Assert.Equal(1, inner.Calls);
        Assert.Empty(retries);
    }
}

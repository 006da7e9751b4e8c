using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.RateLimiting;
using Catalogue.Emulators.DataCite;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>Firewall 429s and 5xx are retried by the shared ResilienceHandler; the rate limiter queues instead of failing.</summary>
public sealed class ResilienceAndRateLimitTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<ResilienceRetry> _retries = new();
    private DataCiteEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await DataCiteTestEnvironment.StartEmulatorAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private ResilienceOptions Resilience() => new()
    {
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        OnRetry = _retries.Enqueue,
    };

    [Fact]
    public async Task Rate_limited_requests_are_retried_after_Retry_After()
    {
        await using ClientHandle handle = DataCiteTestEnvironment.CreateClient(_emulator, Resilience());
        _emulator.Faults.FailNextWith429(2, retryAfter: TimeSpan.FromSeconds(1));

        DataCiteResponse<JsonApiListDocument> response = await handle.Client.GetClientPrefixesAsync("hdh.catalog", default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _emulator.State.ApiRequestCount);
        Assert.Equal(2, _retries.Count);
        Assert.All(_retries, r =>
        {
            Assert.Equal(429, r.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), r.RetryAfter);
            Assert.True(r.Delay >= TimeSpan.FromSeconds(1));
        });
    }

    [Fact]
    public async Task Server_errors_set_over_HTTP_are_retried_and_a_create_happens_once()
    {
        await using ClientHandle handle = DataCiteTestEnvironment.CreateClient(_emulator, Resilience());
        using var control = new HttpClient { BaseAddress = _emulator.BaseAddress };
        (await control.PostAsync("_emulator/faults", new StringContent("""{"serverErrors":2,"serverErrorStatus":503}""", Encoding.UTF8, "application/json")))
            .EnsureSuccessStatusCode();

        DataCiteResponse<DoiDocument> created = await handle.Client.CreateDoiAsync(new DoiAttributes { Doi = "10.99999/retry-0001" }, default);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([503, 503], _retries.Select(r => r.StatusCode ?? 0));
        _emulator.State.FlushIndex();
        DoiListDocument list = (await handle.Client.ListDoisAsync(new DoiListQuery { ClientId = "hdh.catalog" }, default)).EnsureContent();
        Assert.Equal("10.99999/retry-0001", Assert.Single(list.Data).Id);
    }

    [Fact]
    public async Task Exhausted_retries_return_the_last_status_without_throwing()
    {
        await using ClientHandle handle = DataCiteTestEnvironment.CreateClient(_emulator, Resilience() with { MaxRetries = 1 });
        _emulator.Faults.FailNextWithServerError(5, 500);

        DataCiteResponse<DoiDocument> response = await handle.Client.GetDoiAsync("10.99999/none", default);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("500", Assert.Single(response.Errors).Status);
        Assert.Equal(2, _emulator.State.ApiRequestCount);
    }

    [Fact]
    public async Task Rate_limiter_queues_requests_beyond_the_window_instead_of_failing()
    {
        var budget = new DataCiteRateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromSeconds(3), SegmentsPerWindow = 1 };
        await using ClientHandle handle = DataCiteTestEnvironment.CreateClient(_emulator, Resilience(), budget);
        RateLimiter limiter = handle.Services.GetRequiredService<DataCiteRateLimiter>().Limiter;
        IDataCiteClient client = handle.Client;

        Task<DataCiteResponse<RandomDoisResponse>>[] calls =
            Enumerable.Range(0, 4).Select(_ => client.GetRandomDoiAsync(DataCiteTestEnvironment.Prefix, default)).ToArray();

        // The first two go through at once; the other two wait in the limiter's queue, not at the server.
        await Task.WhenAll(calls.Take(2).Select(c => Task.WhenAny(c, Task.Delay(TimeSpan.FromSeconds(2)))));
        Assert.Equal(2, _emulator.State.ApiRequestCount);
        Assert.Equal(2, limiter.GetStatistics()!.CurrentQueuedCount);

        DataCiteResponse<RandomDoisResponse>[] responses = await Task.WhenAll(calls);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(4, _emulator.State.ApiRequestCount);
        Assert.Equal(0, limiter.GetStatistics()!.TotalFailedLeases);
    }
}

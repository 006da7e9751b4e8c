using System.Net;
using System.Net.Http.Json;
using Catalogue.Emulators.Udata;
using Catalogue.Sync.Http;
using Catalogue.Sync.Tests.Udata.Support;
using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>
/// ResilienceHandler against the emulator's fault switches. Delays are asserted on what the
/// handler recorded, never on wall-clock time.
/// </summary>
public sealed class UdataResilienceTests : IAsyncLifetime
{
    private UdataClientHarness _harness = null!;
    private UdataDataset _dataset = null!;
    private IUdataClient Client => _harness.Client;
    private UdataEmulatorFaults Faults => _harness.Emulator.Faults;

    public async Task InitializeAsync()
    {
        _harness = await UdataClientHarness.StartAsync(maxRetries: 3);
        _dataset = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_burst_of_503_and_502_is_retried_until_it_passes()
    {
        Faults.FailNext(2, 503);

        UdataDataset dataset = (await Client.GetDatasetAsync(_dataset.Id, default)).EnsureSuccess();

        Assert.Equal(_dataset.Id, dataset.Id);
        Assert.Equal([503, 503], _harness.Retries.Select(r => r.StatusCode));
        Assert.Equal(3, _harness.RequestsTo("GET", $"/datasets/{_dataset.Id}/"));
    }

    [Fact]
    public async Task A_retried_write_resends_its_body()
    {
        Faults.FailNext(1, 503);

        UdataDataset created = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset("Réessai"), default)).EnsureSuccess();

        Assert.Equal("Réessai", created.Title);
        Assert.Equal(503, Assert.Single(_harness.Retries).StatusCode);
    }

    [Fact]
    public async Task A_create_is_not_repeated_after_an_answer_that_may_hide_a_success()
    {
        // A 502 from a proxy may come after data.gouv.fr created the dataset: repeating the POST could
        // create a second one. The sync engine reconciles by our id in extras instead.
        Faults.FailNext(1, 502);

        var response = await Client.CreateDatasetAsync(UdataSamples.HealthDataset("Pas de doublon"), default);

        Assert.Equal(502, (int)response.StatusCode);
        Assert.Empty(_harness.Retries);
    }

    [Fact]
    public async Task Retry_after_429_waits_at_least_what_the_server_asked()
    {
        Faults.RateLimitNext(1, TimeSpan.FromSeconds(1));

        UdataDataset dataset = (await Client.GetDatasetAsync(_dataset.Id, default)).EnsureSuccess();

        Assert.Equal(_dataset.Id, dataset.Id);
        ResilienceRetry retry = Assert.Single(_harness.Retries);
        Assert.Equal(429, retry.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.RetryAfter);
        Assert.True(retry.Delay >= TimeSpan.FromSeconds(1), $"waited {retry.Delay}");
    }

    [Fact]
    public async Task Read_only_mode_423_is_retried_then_reported_clearly()
    {
        Faults.ReadOnly = true;
        int before = _harness.RequestsTo("POST", "/api/1/datasets/");

        ApiResponse<UdataDataset> response = await Client.CreateDatasetAsync(UdataSamples.HealthDataset("Bloqué"), default);

        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        Assert.Equal(before + 4, _harness.RequestsTo("POST", "/api/1/datasets/")); // first attempt + 3 retries
        Assert.All(_harness.Retries, r => Assert.Equal(423, r.StatusCode));
        UdataApiException error = Assert.Throws<UdataApiException>(() => response.EnsureSuccess());
        Assert.Contains("Due to security reasons, the creation of new content is currently disabled.", error.Message);
        Assert.Contains("read-only mode", error.Message);
        // Reads are not blocked by read-only mode.
        Assert.True((await Client.GetDatasetAsync(_dataset.Id, default)).IsSuccess);
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_a_body_is_retried()
    {
        Faults.ResetConnectionNext(1);

        UdataDataset dataset = (await Client.GetDatasetAsync(_dataset.Id, default)).EnsureSuccess();

        Assert.Equal(_dataset.Id, dataset.Id);
        ResilienceRetry retry = Assert.Single(_harness.Retries);
        Assert.Null(retry.StatusCode);
        Assert.NotNull(retry.ExceptionType);
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        int before = _harness.RequestsTo("POST", "/api/1/datasets/");

        ApiResponse<UdataDataset> response = await Client.CreateDatasetAsync(UdataSamples.HealthDataset() with { Title = "" }, default);

        Assert.True(response.IsValidationError);
        Assert.Equal([FormErrorsRequired], response.Error!.FieldErrors["title"]);
        Assert.Equal(before + 1, _harness.RequestsTo("POST", "/api/1/datasets/"));
        Assert.Empty(_harness.Retries);
    }

    [Fact]
    public async Task Faults_can_be_switched_over_http_for_out_of_process_tests()
    {
        using HttpClient raw = _harness.RawHttp();
        using HttpResponseMessage set = await raw.PutAsJsonAsync("_emulator/faults", new UdataFaultSettings { FailNext = 1, FailStatus = 502, LatencyMs = 1, ReadOnly = true });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal((1, TimeSpan.FromMilliseconds(1), true), (Faults.Snapshot().FailNext, Faults.Latency, Faults.ReadOnly));
        Faults.ReadOnly = false;
        Assert.False((await raw.GetFromJsonAsync<UdataFaultSettings>("_emulator/faults"))!.ReadOnly);

        using HttpResponseMessage failed = await raw.GetAsync($"api/1/datasets/{_dataset.Id}/");
        using HttpResponseMessage passed = await raw.GetAsync($"api/1/datasets/{_dataset.Id}/");

        Assert.Equal((HttpStatusCode.BadGateway, HttpStatusCode.OK), (failed.StatusCode, passed.StatusCode));
    }

    [Fact]
    public async Task A_server_that_never_recovers_returns_the_last_failure_after_max_retries()
    {
        Faults.FailNext(10, 503);

        ApiResponse<UdataDataset> response = await Client.GetDatasetAsync(_dataset.Id, default);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, _harness.Retries.Count);
        Assert.All(_harness.Retries, r => Assert.InRange(r.Delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(50)));
    }

    private const string FormErrorsRequired = "This field is required.";
}

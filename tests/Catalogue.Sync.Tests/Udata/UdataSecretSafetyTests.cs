using Catalogue.Emulators.Udata;
using Catalogue.Sync.Http;
using Catalogue.Sync.Tests.Udata.Support;
using Catalogue.Sync.Udata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>The API key reaches the server and nowhere else: not logs, not exceptions, not ToString.</summary>
public sealed class UdataSecretSafetyTests
{
    private const string SecretKey = "udata_s3cr3t_9f8e7d6c5b4a";

    [Fact]
    public async Task The_key_never_appears_in_trace_logs_even_with_retries_and_failures()
    {
        await using UdataClientHarness harness = await UdataClientHarness.StartAsync(maxRetries: 2, apiKey: SecretKey);
        harness.Emulator.State.AddUser(new EmulatorUser
        {
            Id = UdataEmulatorState.NewObjectId(), ApiKey = SecretKey,
            Memberships = new Dictionary<string, string> { [UdataEmulatorOptions.DemoOrganizationId] = "editor" },
        });

        UdataDataset created = (await harness.Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
        harness.Emulator.Faults.FailNext(1, 503);
        harness.Emulator.Faults.ResetConnectionNext(1);
        Assert.True((await harness.Client.GetDatasetAsync(created.Id, default)).IsSuccess);
        harness.Emulator.Faults.ReadOnly = true;
        ApiResponse<UdataDataset> locked = await harness.Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default);

        Assert.NotEmpty(harness.Retries);
        Assert.Contains(harness.Logs.Lines, line => line.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.Contains(harness.Logs.Lines, line => line.Contains("Retrying", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains(SecretKey, StringComparison.Ordinal));
        UdataApiException error = Assert.Throws<UdataApiException>(() => locked.EnsureSuccess());
        Assert.DoesNotContain(SecretKey, error.ToString());
        Assert.DoesNotContain(SecretKey, locked.ToString());
    }

    [Fact]
    public async Task Transport_failures_do_not_carry_the_key()
    {
        // A port that was just free: the connection is refused, every retry fails, the last exception surfaces.
        int port;
        await using (UdataEmulator probe = await UdataEmulator.StartAsync(new UdataEmulatorOptions()))
            port = probe.BaseAddress.Port;
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddUdataClient(o =>
        {
            o.BaseUrl = new Uri($"http://127.0.0.1:{port}/api/1/");
            o.ApiKey = SecretKey;
            o.Resilience = new ResilienceOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        HttpRequestException failure = await Assert.ThrowsAsync<HttpRequestException>(
            () => provider.GetRequiredService<IUdataClient>().GetDatasetAsync("5d13a8b6634f41070a43dff3", default));

        Assert.DoesNotContain(SecretKey, failure.ToString());
        Assert.DoesNotContain(logs.Lines, line => line.Contains(SecretKey, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_render_without_the_key_and_are_validated()
    {
        var options = new UdataOptions { BaseUrl = new Uri("https://demo.data.gouv.fr/api/1/"), ApiKey = SecretKey };
        Assert.DoesNotContain(SecretKey, options.ToString());
        Assert.Contains("redacted", options.ToString());
        Assert.Empty(options.Validate());

        var services = new ServiceCollection();
        services.AddUdataClient(o => o.ApiKey = SecretKey);
        using ServiceProvider provider = services.BuildServiceProvider();
        OptionsValidationException invalid = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<UdataOptions>>().Value);
        Assert.Contains("Udata:BaseUrl is required.", invalid.Message);
        Assert.DoesNotContain(SecretKey, invalid.Message);
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Udata:BaseUrl"] = "https://demo.data.gouv.fr/api/1",
            ["Udata:ApiKey"] = SecretKey,
            ["Udata:Resilience:MaxRetries"] = "2",
            ["Udata:Resilience:AttemptTimeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection();
        services.AddUdataClient(configuration.GetSection(UdataOptions.SectionName));
        using ServiceProvider provider = services.BuildServiceProvider();

        UdataOptions options = provider.GetRequiredService<IOptions<UdataOptions>>().Value;

        Assert.Equal(new Uri("https://demo.data.gouv.fr/api/1"), options.BaseUrl);
        Assert.Equal(SecretKey, options.ApiKey);
        Assert.Equal((2, TimeSpan.FromSeconds(5)), (options.Resilience.MaxRetries, options.Resilience.AttemptTimeout));
        Assert.NotNull(provider.GetRequiredService<IUdataClient>());
    }

    [Fact]
    public async Task The_key_is_not_sent_to_a_page_url_on_another_host()
    {
        await using UdataClientHarness harness = await UdataClientHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => harness.Client.ListDatasetsPageAsync(new Uri("https://attacker.example/api/1/datasets/?page=2"), default));
    }
}

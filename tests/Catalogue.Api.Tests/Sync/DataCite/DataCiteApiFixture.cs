using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Sync.Outbox;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.DataCite;
using Catalogue.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.DataCite;

/// <summary>
/// The server with DataCite sync enabled, talking over real HTTP to a DataCite emulator on 127.0.0.1.
/// The background dispatcher is slowed right down so tests drain the outbox themselves, deterministically.
/// </summary>
public sealed class DataCiteApiFixture : IAsyncLifetime
{
    public const string RepositoryId = "HDH.CATALOG";
    public const string Password = "test-password-for-the-emulator";
    public const string Prefix = "10.99999";
    public const string PublicBaseUrl = "https://catalogue.example.fr";

    public DataCiteEmulator Emulator { get; private set; } = null!;
    public Factory Api { get; private set; } = null!;
    public CrashSwitch Crash { get; } = new();

    public async Task InitializeAsync()
    {
        string schema = SharedPaths.Combine("datacite", "schema", "kernel-4.6");
        Emulator = await DataCiteEmulator.StartAsync(new DataCiteEmulatorOptions
        {
            SchemaDirectory = schema,
            ListLag = TimeSpan.Zero,
            Repositories = [new EmulatedRepository { Id = RepositoryId.ToLowerInvariant(), Password = Password, Domains = "catalogue.example.fr", Prefixes = [new EmulatedPrefix { Prefix = Prefix }] }],
        });
        Api = new Factory(new Dictionary<string, string?>
        {
            ["Sync:Targets:Enabled:0"] = "datacite",
            ["Sync:Dispatcher:PollSeconds"] = "3600",
            ["Sync:Dispatcher:BaseRetrySeconds"] = "1",
            ["DataCite:BaseUrl"] = Emulator.BaseAddress.ToString(),
            ["DataCite:RepositoryId"] = RepositoryId,
            ["DataCite:Password"] = Password,
            ["DataCite:Prefix"] = Prefix,
            ["DataCite:SchemaDirectory"] = schema,
            ["DataCite:Resilience:BaseDelay"] = "00:00:00.010",
            ["DataCite:Resilience:MaxDelay"] = "00:00:00.100",
            ["Catalogue:PublicBaseUrl"] = PublicBaseUrl,
        }, Crash);
        await Api.InitializeAsync();
        Api.CreateClient().Dispose(); // starts the host
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    public HttpClient Admin() => Api.Admin();

    /// <summary>Runs the outbox dispatcher's work now, as the background service would.</summary>
    public Task<int> DrainOutboxAsync() => Api.Services.GetRequiredService<OutboxProcessor>().DrainAsync(CancellationToken.None);

    /// <summary>A new draft record copied from a demo record (fresh id, slug and identifier), so tests never share one.</summary>
    public async Task<JsonObject> NewDraftAsync(string demoSlug, Action<JsonObject>? change = null)
    {
        using var admin = Admin();
        var demo = (await admin.GetAsync($"/api/v1/datasets/{demoSlug}").Ok()).AsObject();
        string slug = $"{demoSlug}-{Guid.NewGuid().ToString("N")[..8]}";
        foreach (var key in new[] { "id", "revision", "status", "createdAt", "modifiedAt", "firstPublishedAt", "doi", "conceptDoi", "udataId" }) demo.Remove(key);
        demo["slug"] = slug;
        demo["identifier"] = $"{PublicBaseUrl}/datasets/{slug}";
        change?.Invoke(demo);
        return (await admin.PostAsync("/api/v1/datasets", TestHttp.Json(demo)).Ok(System.Net.HttpStatusCode.Created)).AsObject();
    }

    /// <summary>
    /// The version DOIs the emulator holds whose landing page is this slug's (should always be exactly one). The
    /// series' concept DOI resolves to the latest version's landing page too; it is told apart by its HasVersion links.
    /// </summary>
    public async Task<IReadOnlyList<string>> DoisForSlugAsync(string slug) =>
        (await AllDoisForSlugAsync(slug)).Where(d => !IsConcept(d)).Select(d => (string)d["id"]!).ToList();

    /// <summary>The concept DOIs the emulator holds whose landing page is this slug's.</summary>
    public async Task<IReadOnlyList<string>> ConceptDoisForSlugAsync(string slug) =>
        (await AllDoisForSlugAsync(slug)).Where(IsConcept).Select(d => (string)d["id"]!).ToList();

    private static bool IsConcept(JsonNode doi) =>
        doi["attributes"]!["relatedIdentifiers"]?.AsArray().Any(r => (string?)r!["relationType"] == "HasVersion") == true;

    private async Task<IReadOnlyList<JsonNode>> AllDoisForSlugAsync(string slug)
    {
        Emulator.State.FlushIndex();
        using var http = new HttpClient { BaseAddress = Emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{RepositoryId}:{Password}")));
        var list = await http.GetFromJsonAsync<JsonObject>($"dois?client-id={RepositoryId.ToLowerInvariant()}&page[size]=1000");
        return list!["data"]!.AsArray()
            .Where(d => ((string?)d!["attributes"]!["url"])?.EndsWith($"/datasets/{slug}", StringComparison.Ordinal) == true)
            .Select(d => d!).ToList();
    }

    public CatalogueDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();

    public sealed class Factory(IDictionary<string, string?> settings, CrashSwitch crash) : CatalogueApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The typed client's name: the handler sits innermost, below retries, like a process dying mid-call.
            builder.ConfigureTestServices(s => s.AddHttpClient("IDataCiteClient").AddHttpMessageHandler(() => new CrashAfterWriteHandler(crash)));
        }
    }
}

/// <summary>Armed by a test: the next PUT to DataCite succeeds there, then the caller "dies" before seeing the answer.</summary>
public sealed class CrashSwitch
{
    private int _putsLeft;
    public void ArmAfterNextPut() => ArmAfterPuts(1);
    /// <summary>The <paramref name="count"/>-th PUT from now is the one the caller never hears back from.</summary>
    public void ArmAfterPuts(int count) => Interlocked.Exchange(ref _putsLeft, count);
    public bool TakeArmed()
    {
        while (true)
        {
            int left = Volatile.Read(ref _putsLeft);
            if (left <= 0) return false;
            if (Interlocked.CompareExchange(ref _putsLeft, left - 1, left) == left) return left == 1;
        }
    }
}

public sealed class CrashAfterWriteHandler(CrashSwitch crash) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Put && response.IsSuccessStatusCode && crash.TakeArmed())
            throw new InvalidOperationException("Simulated crash: DataCite stored the DOI, the catalogue never heard back.");
        return response;
    }
}

[CollectionDefinition(Name)]
public sealed class DataCiteCollection : ICollectionFixture<DataCiteApiFixture>
{
    public const string Name = "DataCite sync";
}

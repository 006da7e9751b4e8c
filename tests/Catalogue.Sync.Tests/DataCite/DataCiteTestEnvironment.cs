using System.Collections.Concurrent;
using Catalogue.Emulators.DataCite;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.Http;
using Catalogue.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>Paths into ../shared/datacite and a ready emulator + client pair over real HTTP.</summary>
internal static class DataCiteTestEnvironment
{
    public const string RepositoryId = "HDH.CATALOG";
    public const string Password = "s3cret-Pa55word-never-logged";
    public const string Prefix = "10.99999";
    public const string OtherRepositoryId = "OTHER.REPO";
    public const string OtherPrefix = "10.88888";

    public static string SchemaDirectory => SharedPaths.Combine("datacite", "schema", "kernel-4.6");
    public static string RecordingsDirectory => SharedPaths.Combine("datacite", "examples", "api-recordings");

    public static DataCiteEmulatorOptions EmulatorOptions(TimeSpan? listLag = null) => new()
    {
        SchemaDirectory = SchemaDirectory,
        ListLag = listLag ?? TimeSpan.Zero,
        Repositories =
        [
            new EmulatedRepository
            {
                Id = RepositoryId.ToLowerInvariant(), Password = Password, Domains = "catalogue.example.fr,*.health-data-hub.fr",
                Prefixes = [new EmulatedPrefix { Prefix = Prefix }], ProviderId = "hdh", Name = "HDH catalogue",
            },
            new EmulatedRepository
            {
                Id = OtherRepositoryId.ToLowerInvariant(), Password = "other-password",
                Prefixes = [new EmulatedPrefix { Prefix = OtherPrefix }], ProviderId = "other",
            },
        ],
    };

    public static Task<DataCiteEmulator> StartEmulatorAsync(TimeSpan? listLag = null) =>
        DataCiteEmulator.StartAsync(EmulatorOptions(listLag));

    /// <summary>The production registration (<c>AddDataCiteClient</c>) pointed at the emulator.</summary>
    public static ClientHandle CreateClient(
        DataCiteEmulator emulator,
        ResilienceOptions? resilience = null,
        DataCiteRateLimitOptions? rateLimit = null,
        string password = Password)
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddDataCiteClient(o =>
        {
            o.BaseUrl = emulator.BaseAddress;
            o.RepositoryId = RepositoryId;
            o.Password = password;
            o.Prefix = Prefix;
            o.SchemaDirectory = SchemaDirectory;
            if (rateLimit is not null) o.RateLimit = rateLimit;
        }, resilience ?? new ResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) });
        ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);
        return new ClientHandle(provider, logs);
    }
}

internal sealed class ClientHandle(ServiceProvider provider, CapturingLoggerProvider logs) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = provider;
    public CapturingLoggerProvider Logs { get; } = logs;
    public IDataCiteClient Client => Services.GetRequiredService<IDataCiteClient>();
    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

/// <summary>Keeps every formatted log line, with exception text, so tests can search them.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

using System.Net.Http.Headers;
using System.Text;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Metadata;
using Catalogue.Sync.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class DataCiteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDataCiteClient"/> as a typed client: options validated at startup, Basic auth,
    /// then (outermost first) the shared rate limiter and the retries of <see cref="ResilienceHandler"/>.
    /// The limiter is outside so that time spent queueing for a permit (up to a whole window under load) is
    /// not charged to the per-attempt timeout; retries, being rare, do not take extra permits.
    /// Returns the builder so callers can add handlers.
    /// </summary>
    public static IHttpClientBuilder AddDataCiteClient(
        this IServiceCollection services,
        Action<DataCiteOptions> configure,
        ResilienceOptions? resilience = null)
    {
        services.AddOptions<DataCiteOptions>().Configure(configure).ValidateOnStart();
        return AddDataCiteClientCore(services, resilience);
    }

    /// <summary>Same as the delegate overload, binding <see cref="DataCiteOptions"/> to a configuration section (e.g. <c>"DataCite"</c>).</summary>
    public static IHttpClientBuilder AddDataCiteClient(
        this IServiceCollection services,
        IConfiguration section,
        ResilienceOptions? resilience = null)
    {
        services.AddOptions<DataCiteOptions>().Bind(section).ValidateOnStart();
        return AddDataCiteClientCore(services, resilience);
    }

    private static IHttpClientBuilder AddDataCiteClientCore(IServiceCollection services, ResilienceOptions? resilience)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataCiteOptions>, DataCiteOptionsValidator>());
        services.TryAddSingleton(sp => new DataCiteRateLimiter(sp.GetRequiredService<IOptions<DataCiteOptions>>().Value.RateLimit));
        services.TryAddSingleton(sp => new DataCiteXsdValidator(
            sp.GetRequiredService<IOptions<DataCiteOptions>>().Value.SchemaDirectory
            ?? throw new InvalidOperationException("DataCite SchemaDirectory is not configured; XSD validation is unavailable.")));

        return services
            .AddHttpClient<IDataCiteClient, DataCiteClient>((sp, client) =>
            {
                DataCiteOptions options = sp.GetRequiredService<IOptions<DataCiteOptions>>().Value;
                client.BaseAddress = WithTrailingSlash(options.BaseUrl);
                client.DefaultRequestHeaders.Authorization = BasicCredentials(options);
                // An identifying User-Agent earns the higher "identified" rate-limit tier (CONTRACT.md §9).
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Catalogue.Sync/1.0");
            })
            .AddHttpMessageHandler(sp => new DataCiteRateLimitingHandler(sp.GetRequiredService<DataCiteRateLimiter>()))
            .AddHttpMessageHandler(sp => new ResilienceHandler(
                resilience ?? new ResilienceOptions(), sp.GetService<ILogger<ResilienceHandler>>()));
    }

    /// <summary>
    /// The Authorization header. HttpClient's own logging never writes header values, and the options'
    /// ToString hides the password, so it appears nowhere else.
    /// </summary>
    public static AuthenticationHeaderValue BasicCredentials(DataCiteOptions options) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.RepositoryId}:{options.Password}")));

    // Relative paths such as "dois/…" resolve under the base only when it ends with a slash.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}

using Catalogue.Sync.Http;
using Catalogue.Sync.Udata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IUdataClient"/> as a typed client with key and resilience handlers.</summary>
public static class UdataServiceCollectionExtensions
{
    public static IHttpClientBuilder AddUdataClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddUdataClient(options => section.Bind(options));
    }

    public static IHttpClientBuilder AddUdataClient(this IServiceCollection services, Action<UdataOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<UdataOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UdataOptions>, UdataOptionsValidator>();
        services.AddTransient<UdataApiKeyHandler>();

        return services
            .AddHttpClient<IUdataClient, UdataClient>((provider, http) =>
            {
                UdataOptions options = provider.GetRequiredService<IOptions<UdataOptions>>().Value;
                http.BaseAddress = options.NormalizedBaseUrl;
                // Each attempt has its own timeout in ResilienceHandler; this one only bounds the whole call.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(provider => new ResilienceHandler(
                provider.GetRequiredService<IOptions<UdataOptions>>().Value.Resilience,
                provider.GetService<ILogger<ResilienceHandler>>()))
            .AddHttpMessageHandler<UdataApiKeyHandler>()
            // Header values never reach logs, even at Trace level.
            .RedactLoggedHeaders(_ => true);
    }

    private sealed class UdataOptionsValidator : IValidateOptions<UdataOptions>
    {
        public ValidateOptionsResult Validate(string? name, UdataOptions options)
        {
            IReadOnlyList<string> errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}

using Microsoft.Extensions.Options;

namespace Catalogue.Sync.Udata;

/// <summary>
/// Adds <c>X-API-KEY</c> to requests for the configured host only, so a URL taken from a response
/// (next_page, a redirect) can never send the key to a third party.
/// </summary>
public sealed class UdataApiKeyHandler : DelegatingHandler
{
    public const string HeaderName = "X-API-KEY";

    private readonly IOptionsMonitor<UdataOptions> _options;

    public UdataApiKeyHandler(IOptionsMonitor<UdataOptions> options) => _options = options;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        UdataOptions options = _options.CurrentValue;
        request.Headers.Remove(HeaderName);
        if (!string.IsNullOrEmpty(options.ApiKey) && options.BaseUrl is { } baseUrl && request.RequestUri is { } uri
            && Uri.Compare(uri, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            request.Headers.TryAddWithoutValidation(HeaderName, options.ApiKey);
        }
        return base.SendAsync(request, cancellationToken);
    }
}

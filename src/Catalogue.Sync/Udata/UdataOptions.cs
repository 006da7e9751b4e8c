using System.ComponentModel.DataAnnotations;
using Catalogue.Sync.Http;

namespace Catalogue.Sync.Udata;

/// <summary>
/// Where and as whom the client talks to data.gouv.fr. <see cref="ApiKey"/> is a secret: it is
/// only ever put in the <c>X-API-KEY</c> header and never rendered by <see cref="ToString"/>.
/// </summary>
public sealed class UdataOptions
{
    public const string SectionName = "Udata";

    /// <summary>API v1 root, e.g. <c>https://www.data.gouv.fr/api/1/</c> or <c>https://demo.data.gouv.fr/api/1/</c>.</summary>
    [Required] public Uri? BaseUrl { get; set; }

    /// <summary>Optional: anonymous clients can read public data only.</summary>
    public string? ApiKey { get; set; }

    public ResilienceOptions Resilience { get; set; } = new();

    public override string ToString() =>
        $"UdataOptions {{ BaseUrl = {BaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set, redacted)")} }}";

    /// <summary>The errors that make these options unusable; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BaseUrl is null) errors.Add("Udata:BaseUrl is required.");
        else if (!BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("http" or "https"))
            errors.Add("Udata:BaseUrl must be an absolute http(s) URL such as https://www.data.gouv.fr/api/1/.");
        if (ApiKey is { } key && (key.Length == 0 || key.Any(char.IsWhiteSpace)))
            errors.Add("Udata:ApiKey must not be empty or contain whitespace when set.");
        if (Resilience is null) errors.Add("Udata:Resilience is required.");
        return errors;
    }

    /// <summary>The base URL with the trailing slash relative paths need.</summary>
    internal Uri NormalizedBaseUrl =>
        BaseUrl!.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
}

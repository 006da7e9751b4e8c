using System.ComponentModel.DataAnnotations;

namespace Catalogue.Sync.DataCite;

/// <summary>
/// Settings of the DataCite REST API client. Test and production are separate systems with separate accounts,
/// passwords and prefixes (CONTRACT.md §1), so they are never mixed in one options instance.
/// </summary>
public sealed class DataCiteOptions
{
    public const string TestBaseUrl = "https://api.test.datacite.org";
    public const string ProductionBaseUrl = "https://api.datacite.org";

    /// <summary>API root; the test system by default so a missing setting never mints production DOIs.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new(TestBaseUrl);

    /// <summary>Repository account, e.g. <c>HDH.CATALOG</c> (the dot makes lupo treat it as a repository).</summary>
    [Required]
    public string RepositoryId { get; set; } = "";

    /// <summary>Repository password. Never logged and never shown by <see cref="ToString"/>.</summary>
    [Required]
    public string Password { get; set; } = "";

    /// <summary>The DOI prefix assigned to the repository, e.g. <c>10.99999</c>.</summary>
    [Required, RegularExpression(@"^10\.\d{4,5}$")]
    public string Prefix { get; set; } = "";

    /// <summary>Directory holding kernel-4.6 <c>metadata.xsd</c> and its <c>include/</c>, for pre-push validation.</summary>
    public string? SchemaDirectory { get; set; }

    /// <summary>Client-side request budget; DataCite asks for at most 750 requests per 5 minutes on test (§9).</summary>
    public DataCiteRateLimitOptions RateLimit { get; set; } = new();

    public override string ToString() =>
        $"DataCite {BaseUrl} as {RepositoryId} (prefix {Prefix}, password {(Password.Length == 0 ? "missing" : "set")})";
}

/// <summary>A sliding window: at most <see cref="PermitLimit"/> requests in any <see cref="Window"/>.</summary>
public sealed class DataCiteRateLimitOptions
{
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 700;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 1000)]
    public int SegmentsPerWindow { get; set; } = 10;
}

namespace Catalogue.Sync.DataCite.Mapping;

/// <summary>
/// What the mapping needs beyond the record and its organisation: where landing pages live, the year a draft
/// is dated with, and the DOIs of neighbouring versions (other records, so the host looks them up).
/// </summary>
public sealed record DataCiteMappingContext(string PublicBaseUrl, int CurrentYear)
{
    /// <summary>DOI of the record this one is a new major version of (its <c>PreviousVersionId</c>).</summary>
    public string? PreviousVersionDoi { get; init; }

    /// <summary>DOIs of records that are new major versions of this one.</summary>
    public IReadOnlyList<string> NewerVersionDois { get; init; } = [];

    /// <summary>The landing page registered with the DOI: <c>{PublicBaseUrl}/datasets/{slug}</c>.</summary>
    public string LandingPage(string slug) => $"{PublicBaseUrl.TrimEnd('/')}/datasets/{Uri.EscapeDataString(slug)}";
}

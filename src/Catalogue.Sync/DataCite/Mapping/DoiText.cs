namespace Catalogue.Sync.DataCite.Mapping;

/// <summary>Recognises DOIs written as <c>10.x/y</c>, <c>doi:10.x/y</c> or <c>https://doi.org/10.x/y</c>.</summary>
public static class DoiText
{
    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>The bare DOI (<c>10.…</c>) or null when <paramref name="value"/> is not a DOI.</summary>
    public static string? Bare(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string v = value.Trim();
        foreach (string prefix in Prefixes)
            if (v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { v = v[prefix.Length..]; break; }
        return v.StartsWith("10.", StringComparison.Ordinal) && v.Contains('/') ? v : null;
    }
}

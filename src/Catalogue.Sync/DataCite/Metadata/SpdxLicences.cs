namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>
/// The SPDX entries DataCite rewrites rights with (bolognese <c>hsh_to_spdx</c>, CONTRACT.md §5.3): name and
/// first <c>seeAlso</c> URL per id. Only the licences the catalogue uses; an unknown id is left as sent.
/// </summary>
public static class SpdxLicences
{
    public const string SchemeUri = "https://spdx.org/licenses/";

    public sealed record Licence(string Id, string Name, string Uri);

    private static readonly Licence[] Known =
    [
        new("etalab-2.0", "Etalab Open License 2.0", "https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf"),
        new("cc-by-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/legalcode"),
        new("cc-by-sa-4.0", "Creative Commons Attribution Share Alike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/legalcode"),
        new("cc0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
        new("odbl-1.0", "Open Data Commons Open Database License v1.0", "http://www.opendatacommons.org/licenses/odbl/1.0/"),
        new("mit", "MIT License", "https://opensource.org/licenses/MIT"),
        new("apache-2.0", "Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
    ];

    /// <summary>Looks an id (case-insensitive) or an exact SPDX full name up.</summary>
    public static Licence? Find(string? identifier, string? name) =>
        Known.FirstOrDefault(l => string.Equals(l.Id, identifier, StringComparison.OrdinalIgnoreCase))
        ?? Known.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));
}

namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>
/// Applies to a record the rewrites DataCite performs on save (CONTRACT.md §5.3, §12.11), so that what we
/// pushed and what we read back compare equal when nobody edited the DOI.
/// </summary>
public static class DataCiteNormaliser
{
    private const string FosScheme = "Fields of Science and Technology (FOS)";

    public static DataCiteMetadata Normalise(DataCiteMetadata m) => m with
    {
        Identifier = m.Identifier?.Trim().ToLowerInvariant(),
        Creators = m.Creators.Select(c => c with { Name = c.Name.Trim() }).ToArray(),
        Titles = m.Titles.Select(t => t with { Lang = Blank(t.Lang), TitleType = Blank(t.TitleType) }).ToArray(),
        Publisher = m.Publisher is { } p ? p with { Lang = Blank(p.Lang) } : null,
        Subjects = m.Subjects.Select(s => s with { Lang = Blank(s.Lang) }).ToArray(),
        Language = NormaliseLanguage(m.Language),
        AlternateIdentifiers = m.AlternateIdentifiers
            .Where(a => !string.Equals(a.AlternateIdentifierType, "DOI", StringComparison.OrdinalIgnoreCase)).ToArray(),
        RelatedIdentifiers = m.RelatedIdentifiers.Select(r => string.Equals(r.RelatedIdentifierType, "DOI", StringComparison.OrdinalIgnoreCase)
            ? r with { RelatedIdentifier = r.RelatedIdentifier.ToLowerInvariant() } : r).ToArray(),
        RightsList = m.RightsList.Select(NormaliseRights).ToArray(),
        Version = Blank(m.Version),
        Url = Blank(m.Url),
    };

    /// <summary>Subjects DataCite adds on its own (OECD Fields of Science) unless we sent them.</summary>
    public static bool IsAddedByDataCite(DataCiteSubject subject) => subject.SubjectScheme == FosScheme;

    /// <summary>bolognese <c>hsh_to_spdx</c>: a known SPDX id or name replaces the whole item.</summary>
    public static DataCiteRights NormaliseRights(DataCiteRights r)
    {
        if (SpdxLicences.Find(r.RightsIdentifier, r.Rights) is { } licence)
            return new DataCiteRights(licence.Name, licence.Uri, licence.Id, "SPDX", SpdxLicences.SchemeUri, Blank(r.Lang));
        return r with { RightsIdentifier = r.RightsIdentifier?.ToLowerInvariant(), Lang = Blank(r.Lang) };
    }

    /// <summary>DataCite keeps ISO 639-1 alpha-2 (<c>fra</c>, <c>French</c>, <c>fr-FR</c> → <c>fr</c>).</summary>
    public static string? NormaliseLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        string primary = language.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "fra" or "fre" or "french" or "français" => "fr",
            "eng" or "english" => "en",
            "deu" or "ger" or "german" => "de",
            "spa" or "spanish" => "es",
            "ita" or "italian" => "it",
            _ => primary,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

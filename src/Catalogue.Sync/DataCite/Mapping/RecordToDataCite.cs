using System.Globalization;
using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.DataCite.Mapping;

/// <summary>
/// The one place a catalogue record (with its publishing organisation) becomes DataCite metadata, following
/// CONTRACT.md §11. Pure: the same inputs always give the same metadata, so what is pushed can be compared
/// with what DataCite holds later. Vocabulary labels and IRIs come from the domain's tables only.
/// </summary>
public static partial class RecordToDataCite
{
    private const string DateFormat = "yyyy-MM-dd";

    public static DataCiteMetadata Map(DatasetRecord r, Organization? organization, DataCiteMappingContext context)
    {
        string primary = PrimaryLanguage(r);
        return new DataCiteMetadata
        {
            Identifier = DoiText.Bare(r.Doi) ?? r.Doi,
            Url = context.LandingPage(r.Slug),
            Creators = Creators(r, organization),
            Titles = Titles(r, primary),
            Publisher = Publisher(organization),
            PublicationYear = r.FirstPublishedAt?.UtcDateTime.Year ?? context.CurrentYear,
            ResourceType = new DataCiteResourceType("Dataset", DatasetTypeLabel(r)),
            Subjects = Subjects(r),
            Contributors = Contributors(r, organization),
            Dates = Dates(r),
            Language = DataCiteNormaliser.NormaliseLanguage(r.Languages.FirstOrDefault()) ?? primary,
            AlternateIdentifiers = AlternateIdentifiers(r),
            RelatedIdentifiers = RelatedIdentifiers(r, context),
            Sizes = Sizes(r),
            Formats = Formats(r),
            Version = string.IsNullOrWhiteSpace(r.Version) ? null : r.Version,
            RightsList = Rights(r),
            Descriptions = Descriptions(r, primary),
            GeoLocations = GeoLocations(r),
            FundingReferences = r.Funding.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => new DataCiteFundingReference(f.Trim())).ToArray(),
        };
    }

    /// <summary>The language DataCite's single <c>language</c> and the first title use: the record's first language, else French.</summary>
    private static string PrimaryLanguage(DatasetRecord r) => DataCiteNormaliser.NormaliseLanguage(r.Languages.FirstOrDefault()) ?? "fr";

    /// <summary>Values of a language-tagged text, the primary language first, then the others in a stable order.</summary>
    private static IEnumerable<(string Lang, string Text)> InOrder(LocalizedText text, string primary) =>
        text.Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .OrderBy(kv => string.Equals(kv.Key, primary, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .Select(kv => (kv.Key.ToLowerInvariant(), kv.Value.Trim()));

    private static DataCiteTitle[] Titles(DatasetRecord r, string primary) =>
        InOrder(r.Title, primary).Select((t, i) => new DataCiteTitle(t.Text, t.Lang, i == 0 ? null : "TranslatedTitle")).ToArray();

    private static DataCiteDescription[] Descriptions(DatasetRecord r, string primary)
    {
        // The guide's documentation sections have no DataCite field of their own: provenance is the method,
        // structure and format the technical information, the rest "Other" (CONTRACT.md §11, last row).
        (LocalizedText Text, string Type)[] sections =
        [
            (r.Description, "Abstract"),
            (r.Documentation.Provenance, "Methods"),
            (r.Documentation.StructureAndFormat, "TechnicalInfo"),
            (r.Documentation.Meaning, "Other"),
            (r.Documentation.QualityAndReliability, "Other"),
            (r.Documentation.UpdatePolicy, "Other"),
            (r.PopulationCoverage, "Other"),
            (r.VersionNotes, "Other"),
        ];
        return sections.SelectMany(s => InOrder(s.Text, primary).Select(t => new DataCiteDescription(t.Text, s.Type, t.Lang))).ToArray();
    }

    private static DataCiteDate[] Dates(DatasetRecord r)
    {
        var dates = new List<DataCiteDate>();
        if (r.FirstPublishedAt is { } issued) dates.Add(new DataCiteDate(Day(issued), "Issued"));
        dates.Add(new DataCiteDate(Day(r.CreatedAt), "Created"));
        dates.Add(new DataCiteDate(Day(r.ModifiedAt), "Updated"));
        foreach (PeriodOfTime p in r.TemporalCoverage)
        {
            if (p.Start is null && p.End is null) continue;
            // RKMS-ISO8601 range; an open end is written as an empty side ("2019-01-01/").
            dates.Add(new DataCiteDate($"{p.Start?.ToString(DateFormat, CultureInfo.InvariantCulture)}/{p.End?.ToString(DateFormat, CultureInfo.InvariantCulture)}", "Coverage"));
        }
        return dates.ToArray();
    }

    private static string Day(DateTimeOffset t) => t.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string[] Sizes(DatasetRecord r)
    {
        var sizes = new List<string>();
        long bytes = r.Distributions.Where(d => d.Role is not DistributionRole.Documentation and not DistributionRole.Sample)
            .Sum(d => d.ByteSize ?? 0);
        if (bytes > 0) sizes.Add($"{bytes.ToString(CultureInfo.InvariantCulture)} bytes");
        if (r.NumberOfRecords is { } records) sizes.Add($"{records.ToString(CultureInfo.InvariantCulture)} records");
        if (r.NumberOfUniqueIndividuals is { } people) sizes.Add($"{people.ToString(CultureInfo.InvariantCulture)} individuals");
        return sizes.ToArray();
    }

    private static string[] Formats(DatasetRecord r) =>
        r.Distributions.Select(d => d.MediaType ?? Domain.Vocabularies.FormatTable.Find(d.Format)?.MediaType)
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static DataCiteAlternateIdentifier[] AlternateIdentifiers(DatasetRecord r)
    {
        var ids = new List<DataCiteAlternateIdentifier>();
        if (!string.IsNullOrWhiteSpace(r.Identifier))
            ids.Add(new DataCiteAlternateIdentifier(r.Identifier, IsUrl(r.Identifier) ? "URL" : "Local"));
        // A DOI never goes into alternateIdentifiers: DataCite drops it (CONTRACT.md §11, first row).
        foreach (OtherIdentifier other in r.OtherIdentifiers.Where(o => o.Scheme != "doi" && !string.IsNullOrWhiteSpace(o.Value)))
            ids.Add(new DataCiteAlternateIdentifier(other.Value, other.Scheme == "ark" ? "ARK" : other.Scheme));
        return ids.ToArray();
    }

    private static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

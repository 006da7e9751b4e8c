using System.Text.RegularExpressions;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Domain.Rules;

/// <summary>
/// Checks that run on every write, whatever the status: codes exist in their vocabulary, URLs are absolute,
/// dates and numbers make sense, sizes stay within limits. A record failing these is never stored.
/// Publication prerequisites are a separate, stricter gate (<see cref="PublicationChecks"/>).
/// </summary>
public static partial class RecordValidator
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 100_000;
    public const int MaxListLength = 1_000;

    public static IReadOnlyList<ValidationIssue> Validate(DatasetRecord r)
    {
        var v = new Collector();
        v.Require(!r.Title.IsEmpty, "title", "required", "A title is required in at least one language.");
        v.Text(r.Title, "title", MaxTitleLength);
        v.Text(r.Description, "description", MaxTextLength);
        v.Text(r.VersionNotes, "versionNotes", MaxTextLength);
        v.Text(r.PopulationCoverage, "populationCoverage", MaxTextLength);
        if (r.Slug.Length > 0 && (r.Slug.Length > 100 || !SlugPattern().IsMatch(r.Slug)))
            v.Error("slug", "invalid", "A slug is lower-case letters, digits and single hyphens, at most 100 characters.");
        if (r.Identifier.Length > 200) v.Error("identifier", "tooLong", "The identifier is at most 200 characters.");
        if (r.Doi is not null && !DoiPattern().IsMatch(r.Doi)) v.Error("doi", "invalid", $"'{r.Doi}' is not a DOI (10.prefix/suffix).");
        if (r.Version is { Length: > 50 }) v.Error("version", "tooLong", "The version is at most 50 characters.");

        foreach (var (lang, words) in r.Keywords)
        {
            v.Language(lang, $"keywords.{lang}");
            for (var i = 0; i < words.Count; i++)
                if (string.IsNullOrWhiteSpace(words[i]) || words[i].Length > 100)
                    v.Error($"keywords.{lang}[{i}]", "invalid", "A keyword is 1 to 100 characters.");
        }
        v.Count(r.Tags, "tags");
        v.Documentation(r.Documentation);
        v.Anonymisation(r.Anonymisation);

        v.Codes(r.Themes, "themes", Vocabularies.Vocabularies.DataTheme);
        v.Codes(r.HealthCategories, "healthCategories", Vocabularies.Vocabularies.Healthcategories);
        v.Codes(r.HealthThemes, "healthThemes", Vocabularies.Vocabularies.HealthTheme);
        v.Codes(r.CodingSystems, "codingSystems", Vocabularies.Vocabularies.CodingSystem);
        v.Codes(r.ConformsTo, "conformsTo", Vocabularies.Vocabularies.Standard);
        v.Codes(r.DatasetTypes, "datasetTypes", Vocabularies.Vocabularies.DatasetType);
        v.Codes(r.Languages, "languages", Vocabularies.Vocabularies.Language);
        v.Code(r.Frequency, "frequency", Vocabularies.Vocabularies.Frequency);
        v.Code(r.GeneratedBy, "generatedBy", Vocabularies.Vocabularies.HealthActivity);
        for (var i = 0; i < r.Licenses.Count; i++)
            if (LicenceTable.Find(r.Licenses[i]) is null)
                v.Error($"licenses[{i}]", "unknownCode", $"'{r.Licenses[i]}' is not a licence the catalogue knows ({string.Join(", ", LicenceTable.All.Select(l => l.SpdxId))}).");
        for (var i = 0; i < r.SpatialCoverage.Count; i++)
            if (SpatialTable.FindZone(r.SpatialCoverage[i]) is null)
                v.Error($"spatialCoverage[{i}]", "unknownCode", $"'{r.SpatialCoverage[i]}' is not a known zone (e.g. country:fr, fr:region:11).");
        if (r.SpatialGranularity is not null && !SpatialTable.Granularities.Contains(r.SpatialGranularity))
            v.Error("spatialGranularity", "unknownCode", $"'{r.SpatialGranularity}' is not a granularity ({string.Join(", ", SpatialTable.Granularities)}).");
        for (var i = 0; i < r.PersonalDataCategories.Count; i++)
            if (!LocalNamePattern().IsMatch(r.PersonalDataCategories[i]))
                v.Error($"personalDataCategories[{i}]", "invalid", "A personal-data category is a DPV-PD local name such as HealthRecord.");
        for (var i = 0; i < r.ApplicableLegislation.Count; i++)
            v.Url(r.ApplicableLegislation[i], $"applicableLegislation[{i}]");

        if (r.TemporalResolution is not null && !DurationPattern().IsMatch(r.TemporalResolution))
            v.Error("temporalResolution", "invalid", "The temporal resolution is an ISO 8601 duration such as P1D or PT1H.");
        for (var i = 0; i < r.TemporalCoverage.Count; i++) v.Period(r.TemporalCoverage[i], $"temporalCoverage[{i}]");
        if (r.RetentionPeriod is not null) v.Period(r.RetentionPeriod, "retentionPeriod");

        v.NonNegative(r.NumberOfRecords, "numberOfRecords");
        v.NonNegative(r.NumberOfUniqueIndividuals, "numberOfUniqueIndividuals");
        if (r.MinTypicalAge is < 0 or > 150) v.Error("minTypicalAge", "outOfRange", "An age is between 0 and 150.");
        if (r.MaxTypicalAge is < 0 or > 150) v.Error("maxTypicalAge", "outOfRange", "An age is between 0 and 150.");
        if (r.MinTypicalAge > r.MaxTypicalAge) v.Error("minTypicalAge", "outOfRange", "The minimum typical age is above the maximum.");
        if (r.NumberOfUniqueIndividuals > r.NumberOfRecords)
            v.Warn("numberOfUniqueIndividuals", "suspicious", "There are more unique individuals than records.");

        v.ContactPoint(r.ContactPoint, "contactPoint");
        for (var i = 0; i < r.Creators.Count; i++) v.Agent(r.Creators[i], $"creators[{i}]");
        if (r.Custodian is not null) v.Agent(r.Custodian, "custodian");
        if (r.Hdab is not null) v.Agent(r.Hdab, "hdab");
        if (r.LandingPage is not null) v.Url(r.LandingPage, "landingPage");
        if (r.AccessRequestUrl is not null) v.Url(r.AccessRequestUrl, "accessRequestUrl");
        for (var i = 0; i < r.Pages.Count; i++) v.Url(r.Pages[i], $"pages[{i}]");

        v.Dictionary(r.DataDictionary);
        v.Distributions(r.Distributions);
        return v.Issues;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] public static partial Regex SlugPattern();
    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")] public static partial Regex DoiPattern();
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")] public static partial Regex LocalNamePattern();
    [GeneratedRegex(@"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")] public static partial Regex DurationPattern();
    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")] public static partial Regex LanguageTagPattern();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] public static partial Regex EmailPattern();
    [GeneratedRegex("^[0-9a-fA-F]+$")] public static partial Regex HexPattern();
    [GeneratedRegex(@"^(https://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")] public static partial Regex OrcidPattern();
    [GeneratedRegex(@"^(https://ror\.org/)?0[a-z0-9]{6}\d{2}$")] public static partial Regex RorPattern();
}

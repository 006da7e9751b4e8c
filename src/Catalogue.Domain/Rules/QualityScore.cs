using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Domain.Rules;

/// <summary>One criterion of the quality score, with whether the record meets it and what to do otherwise.</summary>
public sealed record QualityCriterion(string Id, string Source, bool Met, string Advice, double Weight = 1);

/// <summary>An explainable score: 0–100 with every criterion listed, so a producer sees what to fix first.</summary>
public sealed record QualityReport(int Score, IReadOnlyList<QualityCriterion> Criteria)
{
    public IEnumerable<QualityCriterion> Missing => Criteria.Where(c => !c.Met).OrderByDescending(c => c.Weight);
}

/// <summary>
/// udata's nine criteria (compute_quality) as the floor, plus the Health Data Hub guide's checklist and the
/// health criteria harvesters look for (dictionary, coding systems, HDAB, sample, DOI).
/// "Resources available" needs link checking, which the catalogue does not do: it counts distributions with
/// a URL, and says so.
/// </summary>
public static class QualityScore
{
    public const int DescriptionMinLength = 100;

    public static QualityReport Compute(DatasetRecord r, DateTimeOffset now)
    {
        var c = new List<QualityCriterion>
        {
            new("license", "udata", r.Licenses.Count > 0, "Choose a licence (Etalab 2.0 + CC-BY 4.0)."),
            new("temporalCoverage", "udata", r.TemporalCoverage.Count > 0, "State the temporal coverage."),
            new("spatial", "udata", r.SpatialCoverage.Count > 0 && r.SpatialGranularity is not null, "State the spatial coverage and granularity."),
            new("updateFrequency", "udata", r.Frequency is not null, "State the update frequency."),
            new("updateFulfilledInTime", "udata", FulfilledInTime(r, now), "The record was not updated within its declared frequency."),
            new("descriptionQuality", "udata", (r.Description.Get() ?? "").Length >= DescriptionMinLength, $"Write a description of at least {DescriptionMinLength} characters."),
            new("hasResources", "udata", r.Distributions.Count > 0, "Add a distribution."),
            new("hasOpenFormat", "udata", r.Distributions.Any(d => FormatTable.IsOpen(d.Format)), "Offer the data in an open format (CSV, TIFF)."),
            new("resourcesDocumented", "udata", r.Distributions.Count > 0 && r.Distributions.All(d => !d.Description.IsEmpty), "Describe every distribution."),
            new("documentation", "guide", DocumentationComplete(r.Documentation), "Complete the five documentation sections.", 2),
            new("anonymisation", "guide", r.AccessRights != AccessLevel.Public || r.Anonymisation.Attested, "Attach the anonymity attestation and risk analysis.", 2),
            new("recommendedLicences", "guide", LicenceTable.RecommendedPair.All(r.Licenses.Contains), "Use Etalab 2.0 and CC-BY 4.0 together."),
            new("doi", "guide", r.Doi is not null, "Reserve a DOI so the data is citable."),
            new("sample", "guide", r.Distributions.Any(d => d.Role == DistributionRole.Sample), "Provide a sample file."),
            new("tags", "guide", r.Keywords.AllValues.Count() >= 3, "Add at least three keywords."),
            new("dataDictionary", "health", r.DataDictionary.Count > 0 && r.DataDictionary.All(t => t.Variables.Count > 0), "Describe the tables and variables.", 2),
            new("codingSystems", "health", r.CodingSystems.Count > 0 || r.DataDictionary.SelectMany(t => t.Variables).Any(v => v.CodingSystem is not null), "Declare the coding systems used."),
            new("populationCoverage", "health", !r.PopulationCoverage.IsEmpty && r.NumberOfUniqueIndividuals is not null, "Describe the population covered."),
            new("accessInformation", "health", r.Hdab is not null && (r.AccessRights == AccessLevel.Public || r.AccessRequestUrl is not null), "Name the access body and how to request access."),
        };
        var total = c.Sum(x => x.Weight);
        var met = c.Where(x => x.Met).Sum(x => x.Weight);
        return new QualityReport((int)Math.Round(100 * met / total), c);
    }

    private static bool DocumentationComplete(DocumentationSections d) =>
        !d.Meaning.IsEmpty && !d.Provenance.IsEmpty && !d.StructureAndFormat.IsEmpty && !d.QualityAndReliability.IsEmpty && !d.UpdatePolicy.IsEmpty;

    /// <summary>udata's "update fulfilled in time": last modification within the declared period.</summary>
    private static bool FulfilledInTime(DatasetRecord r, DateTimeOffset now)
    {
        var period = r.Frequency switch
        {
            "DAILY" => TimeSpan.FromDays(1), "WEEKLY" => TimeSpan.FromDays(7), "MONTHLY" => TimeSpan.FromDays(31),
            "QUARTERLY" => TimeSpan.FromDays(92), "ANNUAL" => TimeSpan.FromDays(366), "BIENNIAL" => TimeSpan.FromDays(731),
            null => (TimeSpan?)null,
            _ => TimeSpan.MaxValue,
        };
        if (period is null) return false;
        return period == TimeSpan.MaxValue || now - r.ModifiedAt <= period.Value * 1.5;
    }
}

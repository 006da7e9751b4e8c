using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Domain.Rules;

/// <summary>
/// The gate before publication: the open-data guide's prerequisites and the HealthDCAT-AP Release 8 mandatory
/// properties for the record's access level (SPEC-NOTES §3.1). Errors block publishing; warnings are the
/// recommended items and never block.
/// </summary>
public static class PublicationChecks
{
    public const string EhdsRegulation = "http://data.europa.eu/eli/reg/2025/327/oj";

    public static IReadOnlyList<ValidationIssue> Check(DatasetRecord r, Organization? publisher)
    {
        var issues = new List<ValidationIssue>(RecordValidator.Validate(r));
        void Error(bool ok, string path, string code, string message) { if (!ok) issues.Add(new(path, code, message)); }
        void Warn(bool ok, string path, string code, string message) { if (!ok) issues.Add(new(path, code, message, IssueSeverity.Warning)); }
        void Need(bool ok, string path, string code, string message, bool mandatory)
        {
            if (mandatory) Error(ok, path, code, message); else Warn(ok, path, code, message);
        }

        var isPublic = r.AccessRights == AccessLevel.Public;
        var isNonPublic = r.AccessRights == AccessLevel.NonPublic;

        // HealthDCAT-AP mandatory on every level.
        Error(!string.IsNullOrWhiteSpace(r.Title.Get("fr")) || !r.Title.IsEmpty, "title", "required", "dct:title is mandatory.");
        Error(!r.Description.IsEmpty, "description", "required", "dct:description is mandatory.");
        Error(!string.IsNullOrWhiteSpace(r.Identifier), "identifier", "required", "dct:identifier is mandatory.");
        Error(r.ApplicableLegislation.Count > 0, "applicableLegislation", "required", "dcatap:applicableLegislation is mandatory (the EHDS Regulation).");
        Error(r.Themes.Contains("HEAL"), "themes", "required", "dcat:theme must include HEAL (Health).");
        Error(r.HealthCategories.Count > 0, "healthCategories", "required", "At least one health category (EHDS Art. 51) is mandatory.");
        Error(r.Hdab is not null, "hdab", "required", "The health data access body (HDAB) is mandatory.");
        Error(r.Hdab?.ContactPoint is not null, "hdab.contactPoint", "required", "The HDAB needs a contact point.");
        Error(r.Distributions.Count > 0, "distributions", "required", "At least one distribution is mandatory.");
        Error(publisher is not null, "organizationId", "required", "The record must belong to an organisation.");
        if (publisher is not null)
        {
            Error(publisher.ContactPoint.Email is not null || publisher.ContactPoint.Url is not null,
                "organization.contactPoint", "required", "The publishing organisation needs a contact point.");
            Error(publisher.Type is not null, "organization.type", "required", "The publishing organisation needs a publisher type.");
        }

        // Mandatory at NON_PUBLIC, recommended elsewhere.
        Need(r.ContactPoint is not null, "contactPoint", "required", "A contact point for the dataset.", isNonPublic);
        Need(!r.Keywords.IsEmpty, "keywords", "required", "Keywords.", isNonPublic);
        Need(r.DatasetTypes.Count > 0, "datasetTypes", "required", "A dataset type.", isNonPublic);

        // The guide's documentation template: mandatory for open data, recommended otherwise.
        var d = r.Documentation;
        Need(!d.Provenance.IsEmpty, "documentation.provenance", "required", "Origin, context and collection methodology.", isPublic || isNonPublic);
        Need(!d.Meaning.IsEmpty, "documentation.meaning", "required", "The meaning of the data.", isPublic);
        Need(!d.StructureAndFormat.IsEmpty, "documentation.structureAndFormat", "required", "The structure and format.", isPublic);
        Need(!d.QualityAndReliability.IsEmpty, "documentation.qualityAndReliability", "required", "Quality and reliability, with known errors and limits.", isPublic);
        Need(!d.UpdatePolicy.IsEmpty, "documentation.updatePolicy", "required", "The update policy.", isPublic);

        // Anonymity is the prerequisite of open publication.
        var a = r.Anonymisation;
        Need(a.Attested, "anonymisation.attested", "required", "The producer's attestation of anonymity.", isPublic);
        Need(a.Individualisation is not null, "anonymisation.individualisation", "required", "Risk analysis: individualisation.", isPublic);
        Need(a.Correlation is not null, "anonymisation.correlation", "required", "Risk analysis: correlation.", isPublic);
        Need(a.Inference is not null, "anonymisation.inference", "required", "Risk analysis: inference.", isPublic);
        if (isPublic)
            foreach (var (name, risk) in new[] { ("individualisation", a.Individualisation), ("correlation", a.Correlation), ("inference", a.Inference) })
                Error(risk is null || risk.Risk is RiskLevel.Negligible or RiskLevel.Low, $"anonymisation.{name}.risk", "riskTooHigh",
                    $"Open data cannot carry a {risk?.Risk.ToString().ToLowerInvariant()} {name} risk.");

        // Licences, formats, coverage: the guide's checklist for open data.
        Need(r.Licenses.Count > 0, "licenses", "required", "A licence (Etalab 2.0 and CC-BY 4.0 together are recommended).", isPublic);
        Warn(!isPublic || LicenceTable.RecommendedPair.All(r.Licenses.Contains), "licenses", "recommendedPair", "The guide recommends Etalab 2.0 and CC-BY 4.0 together.");
        Need(r.TemporalCoverage.Count > 0, "temporalCoverage", "required", "The temporal coverage.", isPublic);
        Need(r.Frequency is not null, "frequency", "required", "The update frequency.", isPublic);
        Need(r.SpatialCoverage.Count > 0, "spatialCoverage", "required", "The spatial coverage.", isPublic);
        Need(r.SpatialGranularity is not null, "spatialGranularity", "required", "The spatial granularity.", isPublic);
        for (var i = 0; i < r.Distributions.Count; i++)
        {
            var dist = r.Distributions[i];
            if (dist.Role is DistributionRole.Main or DistributionRole.Part or DistributionRole.Sample)
                Need(FormatTable.IsOpen(dist.Format), $"distributions[{i}].format", "openFormat", "Data files use an open format (CSV for tables, TIFF for images).", isPublic);
        }
        var big = r.Distributions.Any(x => x.ByteSize > Distribution.DirectDepositLimitBytes || x.Role == DistributionRole.Part);
        Warn(!big || r.Distributions.Any(x => x.Role == DistributionRole.Sample), "distributions", "sample", "A large base should come with a sample file.");
        Warn(r.DataDictionary.Count > 0, "dataDictionary", "recommended", "A data dictionary (healthdcatap:hasVariables).");
        Warn(r.Doi is not null, "doi", "recommended", "A DOI makes the data citable: reserve one through DataCite.");
        Warn(r.Custodian is not null, "custodian", "recommended", "The health data holder (custodian).");
        Warn(r.HealthThemes.Count > 0, "healthThemes", "recommended", "A health theme.");
        Warn(r.NumberOfRecords is not null, "numberOfRecords", "recommended", "The number of records.");
        Warn(r.NumberOfUniqueIndividuals is not null, "numberOfUniqueIndividuals", "recommended", "The number of unique individuals.");
        Warn(r.MinTypicalAge is not null && r.MaxTypicalAge is not null, "minTypicalAge", "recommended", "The typical age range.");
        Warn(!r.PopulationCoverage.IsEmpty, "populationCoverage", "recommended", "The population coverage.");
        Warn(r.Purposes.Count > 0, "purposes", "recommended", "The purpose of the data collection.");
        Warn(r.LegalBasis.Count > 0, "legalBasis", "recommended", "The legal basis.");
        return issues;
    }

    public static bool CanPublish(IEnumerable<ValidationIssue> issues) => issues.All(i => i.Severity != IssueSeverity.Error);
}

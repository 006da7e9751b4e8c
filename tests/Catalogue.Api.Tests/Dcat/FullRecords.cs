using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>Generated records that exercise every optional field the HealthDCAT-AP mapping knows.</summary>
public static class FullRecords
{
    /// <summary>A record that fills every optional field the mapping knows, at the given access level.</summary>
    public static DatasetRecord Full(AccessLevel level)
    {
        var r = RecordJson.Clone(DemoCatalogue.Records()[0].Record);
        r.Status = RecordStatus.Draft;
        r.Id = level switch { AccessLevel.Public => new("f0110000-0000-4000-8000-000000000001"), AccessLevel.Restricted => new("f0110000-0000-4000-8000-000000000002"), _ => new("f0110000-0000-4000-8000-000000000003") };
        r.AccessRights = level;
        r.Identifier = "full-" + level;
        r.Slug = "full-" + level.ToString().ToLowerInvariant();
        r.Doi = "10.5072/full-" + level.ToString().ToLowerInvariant();
        r.ConceptDoi = "10.5072/full";
        r.UdataId = "64f0c0ffee0000000000" + (int)level;
        r.OtherIdentifiers = [new OtherIdentifier { Scheme = "producer", Value = "PROD-42" }, new OtherIdentifier { Scheme = "ark", Value = "ark:/12345/x1" }];
        r.VersionNotes = LocalizedText.Of("Correction de 12 libellés.", "Fixed 12 labels.");
        r.PersonalDataCategories = ["HealthRecord", "Age", "Gender"];
        r.RetentionPeriod = new PeriodOfTime { Start = new DateOnly(2020, 1, 1), End = new DateOnly(2040, 12, 31) };
        r.ContactPoint = new ContactPoint { Name = "Équipe données", Email = "donnees@example.org", Url = "https://example.org/contact", Telephone = "+33 1 00 00 00 00" };
        r.Custodian = new Agent { Name = "Hospices Civils de Lyon", Ror = "https://ror.org/01502ca60", Homepage = "https://www.chu-lyon.fr", ContactPoint = new ContactPoint { Email = "dpo@chu-lyon.fr", Url = "https://www.chu-lyon.fr/contact", Telephone = "+33 4 00 00 00 00" } };
        r.Creators = [new Agent { Name = "Jeanne Martin", IsPerson = true, GivenName = "Jeanne", FamilyName = "Martin", Orcid = "https://orcid.org/0000-0002-1825-0097" }, new Agent { Name = "Inserm", Ror = "https://ror.org/02vjkv261" }];
        r.Languages = ["FRA", "ENG"];
        r.ConformsTo = ["DICOM", "FHIR"];
        r.CodingSystems = ["ICD-10", "SNOMED-CT"];
        r.CodeValues = ["C43", "C43.9"];
        r.DatasetTypes = ["STATISTICAL", "TEST_DATA"];
        r.HealthThemes = ["CANCER_DISEASE", "HEALTH_SYSTEMS"];
        r.TemporalResolution = "P1M";
        r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2016, 1, 1), End = new DateOnly(2021, 12, 31) }, new PeriodOfTime { Start = new DateOnly(2022, 1, 1) }];
        r.SpatialCoverage = ["country:fr", "fr:region:84", "country-group:ue"];
        r.Pages = ["https://example.org/documentation", "https://example.org/methodology"];
        r.IsReferencedBy = ["https://doi.org/10.1038/sdata.2018.161", "10.1000/xyz123"];
        r.Related = ["https://example.org/related-dataset"];
        r.Purposes = [LocalizedText.Of("Recherche", "Research"), LocalizedText.Of("Évaluation", "Evaluation")];
        r.LegalBasis = [LocalizedText.Of("Intérêt public", "Public interest")];
        foreach (var d in r.Distributions)
        {
            d.Checksum ??= new Checksum { Algorithm = "sha256", Value = new string('a', 64) };
            d.Issued = new DateTimeOffset(2024, 5, 2, 8, 0, 0, TimeSpan.Zero);
            d.Modified = new DateTimeOffset(2024, 6, 2, 8, 0, 0, TimeSpan.Zero);
            d.License = "CC-BY-4.0";
            d.ConformsTo = "https://example.org/schema/annotations";
        }
        r.DataDictionary[0].Url = "https://files.example.org/annotations.csv";
        r.DataDictionary[0].Variables[0].PropertyUrl = "https://example.org/def/image_id";
        return r;
    }

}

using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>A rich HDH-like record exercising every kernel-4.6 property the catalogue uses.</summary>
internal static class SampleMetadata
{
    public static DataCiteMetadata Rich(string? doi = null) => new()
    {
        Identifier = doi,
        Url = "https://catalogue.example.fr/datasets/123",
        Creators =
        [
            new DataCiteCreator
            {
                Name = "Caisse nationale de l'Assurance Maladie", NameType = "Organizational", Lang = "fr",
                NameIdentifiers = [new DataCiteNameIdentifier("https://ror.org/0xxxxxx00", "ROR", "https://ror.org/")],
            },
            new DataCiteCreator
            {
                Name = "Dupont, Marie", NameType = "Personal", GivenName = "Marie", FamilyName = "Dupont",
                NameIdentifiers = [new DataCiteNameIdentifier("https://orcid.org/0000-0002-1825-0097", "ORCID", "https://orcid.org")],
                Affiliations = [new DataCiteAffiliation("Health Data Hub", "https://ror.org/0yyyyyy00", "ROR", "https://ror.org")],
            },
        ],
        Titles =
        [
            new DataCiteTitle("Système national des données de santé", "fr"),
            new DataCiteTitle("National health data system", "en", "TranslatedTitle"),
        ],
        Publisher = new DataCitePublisher("Health Data Hub", "https://ror.org/0yyyyyy00", "ROR", "https://ror.org/", "fr"),
        PublicationYear = 2024,
        ResourceType = new DataCiteResourceType("Dataset", "Base de données médico-administrative"),
        Subjects =
        [
            new DataCiteSubject("santé", Lang: "fr"),
            new DataCiteSubject("HEAL", "EU data theme", "http://publications.europa.eu/resource/authority/data-theme",
                "http://publications.europa.eu/resource/authority/data-theme/HEAL"),
        ],
        Contributors =
        [
            new DataCiteContributor { Name = "Health Data Hub", ContributorType = "HostingInstitution", NameType = "Organizational" },
            new DataCiteContributor { Name = "Guichet HDH", ContributorType = "ContactPerson", NameType = "Organizational" },
        ],
        Dates =
        [
            new DataCiteDate("2024-03-01", "Issued"),
            new DataCiteDate("2010-01-01/2020-12-31", "Coverage", "Période couverte"),
            new DataCiteDate("2024-06-01", "Updated"),
        ],
        Language = "fr",
        AlternateIdentifiers = [new DataCiteAlternateIdentifier("hdh-123", "Local")],
        RelatedIdentifiers =
        [
            new DataCiteRelatedIdentifier("https://catalogue.example.fr/catalog", "URL", "IsPartOf"),
            new DataCiteRelatedIdentifier("10.99999/prev-0001", "DOI", "IsNewVersionOf", "Dataset"),
            new DataCiteRelatedIdentifier("https://www.snds.gouv.fr/doc", "URL", "IsDocumentedBy"),
        ],
        Sizes = ["12000000 records"],
        Formats = ["text/csv"],
        Version = "2.1",
        RightsList = [new DataCiteRights(RightsIdentifier: "etalab-2.0", RightsIdentifierScheme: "SPDX", SchemeUri: "https://spdx.org/licenses/")],
        Descriptions =
        [
            new DataCiteDescription("Données de remboursement de l'Assurance Maladie.", "Abstract", "fr"),
            new DataCiteDescription("Extraction annuelle.", "Methods", "fr"),
        ],
        GeoLocations =
        [
            new DataCiteGeoLocation("France", new DataCiteGeoPoint(2.35, 48.85), new DataCiteGeoBox(-5.2, 9.6, 41.3, 51.1)),
        ],
        FundingReferences =
        [
            new DataCiteFundingReference("Agence nationale de la recherche", "https://ror.org/00rbzpz17", "ROR", AwardNumber: "ANR-19-P3IA-0001", AwardTitle: "PRAIRIE"),
        ],
    };
}

using Catalogue.Domain.Model;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.Tests.DataCite.Mapping;

public sealed class RecordToDataCiteTests
{
    private static readonly DataCiteMappingContext Context = new(DemoRecordsForDataCite.BaseUrl + "/", 2031);

    private static DataCiteMetadata Melanoma(Action<DatasetRecord>? change = null, DataCiteMappingContext? context = null)
    {
        var (record, organisation) = DemoRecordsForDataCite.Named("melanome-dermoscopie-data-challenge");
        change?.Invoke(record);
        return RecordToDataCite.Map(record, organisation, context ?? Context);
    }

    [Fact]
    public void Publisher_is_the_organisation_with_its_ror()
    {
        DataCiteMetadata m = Melanoma();
        Assert.Equal(new DataCitePublisher("Hospices Civils de Lyon", "https://ror.org/01502ca60", "ROR", "https://ror.org/"), m.Publisher);
        Assert.Equal("10.99999/demo-1", m.Identifier);
        Assert.Equal("https://catalogue.example.fr/datasets/melanome-dermoscopie-data-challenge", m.Url);
    }

    [Fact]
    public void Creators_keep_orcid_for_people_and_ror_for_organisations()
    {
        DataCiteMetadata m = Melanoma(r => r.Creators =
        [
            new Agent { Name = "Marie Curie", IsPerson = true, GivenName = "Marie", FamilyName = "Curie", Orcid = "0000-0002-1825-0097", Affiliation = "HCL" },
            new Agent { Name = "Inserm", Ror = "02vjkv261" },
        ]);

        DataCiteCreator person = m.Creators[0], org = m.Creators[1];
        Assert.Equal(("Curie, Marie", "Personal", "Marie", "Curie"), (person.Name, person.NameType, person.GivenName, person.FamilyName));
        Assert.Equal(new DataCiteNameIdentifier("https://orcid.org/0000-0002-1825-0097", "ORCID", "https://orcid.org"), Assert.Single(person.NameIdentifiers));
        Assert.Equal("HCL", Assert.Single(person.Affiliations).Name);
        Assert.Equal("Organizational", org.NameType);
        Assert.Equal("https://ror.org/02vjkv261", Assert.Single(org.NameIdentifiers).NameIdentifier);
    }

    [Fact]
    public void Without_creators_the_organisation_is_the_creator()
    {
        DataCiteCreator creator = Assert.Single(Melanoma(r => r.Creators = []).Creators);
        Assert.Equal(("Hospices Civils de Lyon", "Organizational"), (creator.Name, creator.NameType));
    }

    [Fact]
    public void Publication_year_is_the_first_publication_or_the_current_year_for_a_draft()
    {
        Assert.Equal(2024, Melanoma().PublicationYear);
        DataCiteMetadata draft = Melanoma(r => r.FirstPublishedAt = null);
        Assert.Equal(2031, draft.PublicationYear);
        Assert.DoesNotContain(draft.Dates, d => d.DateType == "Issued");
    }

    [Fact]
    public void Titles_and_descriptions_per_language_with_documentation_sections()
    {
        DataCiteMetadata m = Melanoma();
        Assert.Equal([("fr", null), ("en", "TranslatedTitle")], m.Titles.Select(t => (t.Lang, t.TitleType)));
        Assert.Equal(["fr", "en"], m.Descriptions.Where(d => d.DescriptionType == "Abstract").Select(d => d.Lang));
        Assert.Contains(m.Descriptions, d => d.DescriptionType == "Methods" && d.Description.StartsWith("Images acquises en routine"));
        Assert.Contains(m.Descriptions, d => d.DescriptionType == "TechnicalInfo" && d.Description.StartsWith("Images TIFF"));
        Assert.Contains(m.Descriptions, d => d.DescriptionType == "Other" && d.Description.StartsWith("Erreurs connues"));
        Assert.Equal("fr", m.Language);
    }

    [Fact]
    public void Subjects_carry_scheme_and_value_uris_from_the_vocabularies()
    {
        DataCiteMetadata m = Melanoma();
        var theme = Assert.Single(m.Subjects, s => s.ValueUri == "http://publications.europa.eu/resource/authority/data-theme/HEAL");
        Assert.Equal(("Health", "http://publications.europa.eu/resource/authority/data-theme"), (theme.Subject, theme.SchemeUri));
        Assert.Contains(m.Subjects, s => s.ValueUri == "https://hdeu-dcat.data.health.europa.eu/resource/authority/health-theme/CANCER_DISEASE");
        Assert.Contains(m.Subjects, s => s.ValueUri == "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/PGEH");
        Assert.Contains(m.Subjects, s => s is { Subject: "mélanome", Lang: "fr", SubjectScheme: null });
    }

    [Fact]
    public void Dates_include_coverage_as_an_iso_range()
    {
        DataCiteMetadata m = Melanoma();
        Assert.Contains(new DataCiteDate("2016-01-01/2021-12-31", "Coverage"), m.Dates);
        Assert.Contains(new DataCiteDate("2024-01-25", "Issued"), m.Dates);
        Assert.Contains(new DataCiteDate("2024-01-15", "Created"), m.Dates);
        Assert.Contains(new DataCiteDate("2024-02-14", "Updated"), m.Dates);
        Assert.Contains(new DataCiteDate("2019-01-01/", "Coverage"), Melanoma(r => r.TemporalCoverage = [new PeriodOfTime { Start = new DateOnly(2019, 1, 1) }]).Dates);
    }

    [Fact]
    public void Rights_use_spdx_ids_and_the_access_level()
    {
        DataCiteMetadata m = Melanoma();
        Assert.Equal(["etalab-2.0", "cc-by-4.0", null], m.RightsList.Select(r => r.RightsIdentifier));
        Assert.All(m.RightsList.Take(2), r => Assert.Equal(("SPDX", "https://spdx.org/licenses/"), (r.RightsIdentifierScheme, r.SchemeUri)));
        // What we send is already what DataCite stores, so the normaliser changes nothing.
        Assert.Equal(m.RightsList, m.RightsList.Select(DataCiteNormaliser.NormaliseRights));
        Assert.Equal("http://publications.europa.eu/resource/authority/access-right/PUBLIC", m.RightsList[2].RightsUri);
    }

    [Fact]
    public void Geo_locations_sizes_formats_and_version()
    {
        DataCiteMetadata m = Melanoma();
        Assert.Equal("Auvergne-Rhône-Alpes", Assert.Single(m.GeoLocations).Place);
        Assert.Equal(["3991900000 bytes", "25331 records", "11874 individuals"], m.Sizes);
        Assert.Contains("text/csv", m.Formats);
        Assert.Equal("1.0", m.Version);
        Assert.Equal(("Dataset", "Test data"), (m.ResourceType.ResourceTypeGeneral, m.ResourceType.ResourceType));
    }

    [Fact]
    public void Related_identifiers_link_versions_publications_and_parts()
    {
        DataCiteMetadata m = Melanoma(r => r.ConceptDoi = "https://doi.org/10.99999/concept",
            Context with { PreviousVersionDoi = "10.99999/v1", NewerVersionDois = ["doi:10.99999/v3"] });

        Assert.Contains(new DataCiteRelatedIdentifier("10.99999/concept", "DOI", "IsVersionOf", "Dataset"), m.RelatedIdentifiers);
        Assert.Contains(new DataCiteRelatedIdentifier("10.99999/v1", "DOI", "IsNewVersionOf", "Dataset"), m.RelatedIdentifiers);
        Assert.Contains(new DataCiteRelatedIdentifier("10.99999/v3", "DOI", "IsPreviousVersionOf", "Dataset"), m.RelatedIdentifiers);
        Assert.Contains(new DataCiteRelatedIdentifier("10.1038/sdata.2018.161", "DOI", "IsReferencedBy"), m.RelatedIdentifiers);
        Assert.Equal(2, m.RelatedIdentifiers.Count(r => r.RelationType == "HasPart"));
        Assert.DoesNotContain(m.AlternateIdentifiers, a => a.AlternateIdentifierType == "DOI");
    }

    [Fact]
    public void Funding_becomes_funding_references()
    {
        DataCiteMetadata m = Melanoma(r => r.Funding = ["Agence nationale de la recherche", " "]);
        Assert.Equal("Agence nationale de la recherche", Assert.Single(m.FundingReferences).FunderName);
    }
}

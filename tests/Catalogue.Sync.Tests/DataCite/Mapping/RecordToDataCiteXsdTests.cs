using Catalogue.Domain.Samples;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.Tests.DataCite.Mapping;

public sealed class RecordToDataCiteXsdTests
{
    private static readonly DataCiteXsdValidator Validator = new(DataCiteTestEnvironment.SchemaDirectory);

    public static TheoryData<string> DemoSlugs() => new(DemoCatalogue.Records().Select(d => d.Record.Slug));

    [Theory]
    [MemberData(nameof(DemoSlugs))]
    public void Generated_xml_of_every_demo_record_is_valid_against_kernel_4_6(string slug)
    {
        var (record, organisation) = DemoRecordsForDataCite.Named(slug);
        DataCiteMetadata metadata = RecordToDataCite.Map(record, organisation, new DataCiteMappingContext(DemoRecordsForDataCite.BaseUrl, 2026));

        IReadOnlyList<XsdValidationError> errors = Validator.Validate(DataCiteXmlWriter.Write(metadata));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Location}: {e.Message}")));
        Assert.NotEmpty(metadata.Creators);
        Assert.NotEmpty(metadata.Descriptions);
        Assert.Equal($"{DemoRecordsForDataCite.BaseUrl}/datasets/{slug}", metadata.Url);
    }

    [Fact]
    public void Gate_reports_xsd_errors_at_datacite_field_paths()
    {
        var (record, organisation) = DemoRecordsForDataCite.Named("passages-urgences-oscour");
        record.Creators = [new Domain.Model.Agent { Name = "" }];
        DataCiteMetadata metadata = RecordToDataCite.Map(record, organisation, new DataCiteMappingContext(DemoRecordsForDataCite.BaseUrl, 2026));
        // Break two things the XSD checks: a creator name type and the publication year.
        metadata = metadata with
        {
            Creators = [metadata.Creators[0], new DataCiteCreator { Name = "Someone", NameType = "personal" }],
            PublicationYear = null,
        };

        var issues = DataCiteXsdGate.Check(metadata, Validator);

        Assert.Contains(issues, i => i.Path == "datacite.creators[1].creatorName.nameType" && i.Message.Contains("personal"));
        Assert.Contains(issues, i => i.Path == "datacite.publicationYear");
        Assert.All(issues, i => Assert.Equal(DataCiteXsdGate.Code, i.Code));
    }

    [Theory]
    [InlineData("/resource/creators[1]", "datacite.creators")]
    [InlineData("/resource/creators[1]/creator[1]", "datacite.creators[0]")]
    [InlineData("/resource/titles[1]/title[2]/@titleType", "datacite.titles[1].titleType")]
    [InlineData("/resource/rightsList[1]/rights[3]", "datacite.rightsList[2]")]
    [InlineData("/resource/publicationYear[1]", "datacite.publicationYear")]
    public void Xsd_locations_become_zero_based_field_paths(string location, string expected) =>
        Assert.Equal(expected, DataCiteXsdGate.FieldPath(location));
}

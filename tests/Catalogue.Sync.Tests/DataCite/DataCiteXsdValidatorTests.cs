using System.Xml.Linq;
using Catalogue.Sync.DataCite.Metadata;
using Catalogue.TestSupport;

namespace Catalogue.Sync.Tests.DataCite;

public sealed class DataCiteXsdValidatorTests
{
    private static readonly DataCiteXsdValidator Validator = new(DataCiteTestEnvironment.SchemaDirectory);

    public static TheoryData<string> OfficialExamples() =>
        new(Directory.GetFiles(SharedPaths.Combine("datacite", "schema", "kernel-4.6", "example"), "*.xml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(OfficialExamples))]
    public void Official_kernel_4_6_examples_are_valid(string fileName)
    {
        string xml = File.ReadAllText(Path.Combine(DataCiteTestEnvironment.SchemaDirectory, "example", fileName));
        Assert.Empty(Validator.Validate(xml));
    }

    [Fact]
    public void Broken_example_fails_with_a_located_error()
    {
        XDocument doc = XDocument.Load(Path.Combine(DataCiteTestEnvironment.SchemaDirectory, "example", "datacite-example-full-v4.xml"));
        XNamespace ns = DataCiteXmlWriter.Namespace;
        // Second creator gets a nameType outside the enumeration, like lupo's "personal" spec example.
        doc.Root!.Element(ns + "creators")!.Elements(ns + "creator").ElementAt(1).Element(ns + "creatorName")!
            .SetAttributeValue("nameType", "personal");

        XsdValidationError error = Assert.Single(Validator.Validate(doc.ToString()));

        Assert.Equal("/resource/creators[1]/creator[2]/creatorName[1]/@nameType", error.Location);
        Assert.Contains("personal", error.Message);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Rich_metadata_written_by_our_writer_is_valid()
    {
        string xml = DataCiteXmlWriter.Write(SampleMetadata.Rich("10.99999/abcd-1234"));

        Assert.Empty(Validator.Validate(xml));
        XDocument doc = XDocument.Parse(xml);
        XNamespace ns = DataCiteXmlWriter.Namespace;
        Assert.Equal("10.99999/ABCD-1234", doc.Root!.Element(ns + "identifier")!.Value);
        Assert.Equal("Coverage", doc.Root.Element(ns + "dates")!.Elements().ElementAt(1).Attribute("dateType")!.Value);
        Assert.Equal("https://ror.org/0yyyyyy00", doc.Root.Element(ns + "publisher")!.Attribute("publisherIdentifier")!.Value);
    }

    [Fact]
    public void Missing_mandatory_fields_are_reported_field_by_field_before_any_call()
    {
        DataCiteMetadata invalid = SampleMetadata.Rich("10.99999/abcd-1234") with
        {
            Titles = [],
            PublicationYear = null,
            Creators = [],
            Dates = [new DataCiteDate("2024", "Published")],
        };

        IReadOnlyList<XsdValidationError> errors = Validator.Validate(invalid);

        Assert.Contains(errors, e => e.Location == "/resource/titles[1]" && e.Message.Contains("incomplete content"));
        Assert.Contains(errors, e => e.Location == "/resource/creators[1]");
        Assert.Contains(errors, e => e.Location == "/resource/publicationYear[1]");
        Assert.Contains(errors, e => e.Location == "/resource/dates[1]/date[1]/@dateType" && e.Message.Contains("Published"));
    }
}

using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.DataCite.Mapping;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.Tests.DataCite.Mapping;

public sealed class DataCiteFieldsTests
{
    private static DataCiteMetadata Melanoma()
    {
        var (record, organisation) = DemoRecordsForDataCite.Named("melanome-dermoscopie-data-challenge");
        return RecordToDataCite.Map(record, organisation, new DataCiteMappingContext(DemoRecordsForDataCite.BaseUrl, 2026));
    }

    [Fact]
    public void Fields_round_trip_to_the_same_metadata_with_descriptions_split_by_type()
    {
        DataCiteMetadata m = Melanoma();
        var fields = DataCiteFields.From(m);

        Assert.Contains("descriptions.Abstract", fields.Keys);
        Assert.Contains("descriptions.Methods", fields.Keys);
        Assert.DoesNotContain("descriptions", fields.Keys);
        Assert.DoesNotContain("identifier", fields.Keys);
        Assert.Empty(DataCiteMetadataComparer.Diff(m, DataCiteFields.ToMetadata(fields, m.Identifier)));
    }

    [Fact]
    public void What_datacite_rewrites_is_not_a_change()
    {
        DataCiteMetadata m = Melanoma();
        DataCiteMetadata rewritten = m with
        {
            Identifier = m.Identifier!.ToUpperInvariant(),
            Language = "fra",
            Subjects = [.. m.Subjects, new DataCiteSubject("FOS: Health sciences", "Fields of Science and Technology (FOS)")],
        };
        Assert.Equal(DataCiteFields.From(m), DataCiteFields.From(rewritten));
    }

    [Fact]
    public void A_put_carries_only_the_pushed_fields_and_all_descriptions_when_one_type_changed()
    {
        var fields = DataCiteFields.From(Melanoma());
        DoiAttributes a = DataCiteFields.Attributes(fields, ["titles", "descriptions.Methods"], "10.99999/demo-1", DoiEvents.Publish);

        Assert.Equal(("10.99999/demo-1", "publish"), (a.Doi, a.Event));
        Assert.NotNull(a.Titles);
        Assert.Contains(a.Descriptions!, d => d.DescriptionType == "Abstract");
        Assert.Contains(a.Descriptions!, d => d.DescriptionType == "Methods");
        Assert.Null(a.Creators);
        Assert.Null(a.Url);
        Assert.Null(a.RightsList);
    }

    [Fact]
    public void Fabrica_edits_of_two_way_fields_come_back_into_the_record()
    {
        var (record, _) = DemoRecordsForDataCite.Named("melanome-dermoscopie-data-challenge");
        var remote = Melanoma() with
        {
            Titles = [new DataCiteTitle("Titre corrigé", "fr"), new DataCiteTitle("Fixed title", "en", "TranslatedTitle")],
            Descriptions = [new DataCiteDescription("Résumé corrigé", "Abstract", "fr"), new DataCiteDescription("Méthode", "Methods")],
            Version = "1.1",
            FundingReferences = [new DataCiteFundingReference("ANR")],
        };

        DataCiteToRecord.Apply(record, remote, ["titles", "descriptions.Abstract", "descriptions.Methods", "version", "fundingReferences", "dates"]);

        Assert.Equal(("Titre corrigé", "Fixed title"), (record.Title["fr"], record.Title["en"]));
        Assert.Equal("Résumé corrigé", Assert.Single(record.Description).Value);
        Assert.Equal("Méthode", record.Documentation.Provenance["fr"]);
        Assert.Equal("1.1", record.Version);
        Assert.Equal(["ANR"], record.Funding);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.Zero), record.CreatedAt);
    }

    [Fact]
    public void Only_editable_fields_are_two_way()
    {
        Assert.Contains("titles", DataCiteFields.TwoWay);
        Assert.DoesNotContain("dates", DataCiteFields.TwoWay);
        Assert.DoesNotContain("url", DataCiteFields.TwoWay);
    }
}

using Catalogue.Domain.Mappings.Dcat;

namespace Catalogue.Domain.Tests.Dcat;

public class DcatRoundTripTests
{
    [Fact]
    public void Every_published_demo_record_comes_back_equal_on_the_fields_DCAT_carries()
    {
        var records = DcatTestRecords.PublishedDemo().ToList();
        var imported = new DcatToDataset(DcatTestRecords.Links).Read(DcatTestRecords.Map([.. records]).Triples);

        Assert.Equal(records.Count, imported.Count);
        foreach (var original in records)
        {
            var back = Assert.Single(imported, i => i.Record!.Identifier == original.Identifier);
            Assert.Empty(back.Errors);
            Assert.Empty(back.Warnings);
            Assert.Equal(original.Id, back.Record!.Id);
            Assert.Equal(DcatCarriedFields.Json(original), DcatCarriedFields.Json(back.Record));
        }
    }

    [Fact]
    public void The_publisher_is_named_so_the_import_can_find_the_organisation()
    {
        var record = DcatTestRecords.PublishedDemo().First();
        var back = new DcatToDataset(DcatTestRecords.Links).Read(DcatTestRecords.Map(record).Triples).Single();

        Assert.Equal(DcatTestRecords.Links.Organization(record.OrganizationId).Value, back.PublisherIri);
        Assert.Equal(DcatTestRecords.OrganizationOf(record).Name, back.PublisherName);
    }
}

using System.Text.Json;
using Catalogue.Api.GraphQL.Paging;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>
/// The hand-written summary reader must give back, for every member it reads, what the record the summary was
/// built from holds; members it was not asked for stay unset (null), so an undeclared read fails loudly.
/// </summary>
public sealed class SummaryRecordReaderTests
{
    private static SummaryMembers All()
    {
        var members = new SummaryMembers();
        members.Dataset.UnionWith(SummaryRecordReader.DatasetMembers);
        members.Distribution.UnionWith(SummaryRecordReader.DistributionMembers);
        return members;
    }

    public static TheoryData<string> DemoSlugs()
    {
        var data = new TheoryData<string>();
        foreach (var demo in DemoCatalogue.Records()) data.Add(demo.Record.Slug);
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoSlugs))]
    public void Every_member_read_from_a_summary_equals_the_records(string slug)
    {
        var record = DemoCatalogue.Records().Single(d => d.Record.Slug == slug).Record;
        var publisher = DemoCatalogue.Organizations().SingleOrDefault(o => o.Id == record.OrganizationId);
        var summary = DatasetSummary.Build(record, publisher, qualityScore: 42);

        var read = new SummaryRecordReader(All()).Read(summary);

        Assert.Equal(record.Id, read.Id);
        Assert.Equal(record.Slug, read.Slug);
        Assert.Equal(record.Identifier, read.Identifier);
        Assert.Equal(record.Doi, read.Doi);
        Assert.Equal(record.Status, read.Status);
        Assert.Equal(record.Revision, read.Revision);
        Assert.Equal(record.ModifiedAt, read.ModifiedAt);
        Assert.Equal(record.Title, read.Title);
        Assert.Equal(record.Description, read.Description);
        Assert.Equal(Json(record.Keywords), Json(read.Keywords));
        Assert.Equal(record.OrganizationId, read.OrganizationId);
        Assert.Equal(record.Licenses, read.Licenses);
        Assert.Equal(record.AccessRights, read.AccessRights);
        Assert.Equal(record.Themes, read.Themes);
        Assert.Equal(record.HealthCategories, read.HealthCategories);
        Assert.Equal(record.Distributions.Count, read.Distributions.Count);
        foreach (var (expected, actual) in record.Distributions.Zip(read.Distributions))
        {
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Format, actual.Format);
            Assert.Equal(expected.MediaType, actual.MediaType);
            Assert.Equal(expected.AccessUrl, actual.AccessUrl);
            Assert.Equal(expected.DownloadUrl, actual.DownloadUrl);
            Assert.Equal(expected.ByteSize, actual.ByteSize);
            Assert.Equal(expected.Role, actual.Role);
            Assert.Equal(expected.IsRemote, actual.IsRemote);
        }
    }

    [Fact]
    public void Members_not_asked_for_are_left_unset()
    {
        var record = DemoCatalogue.Records()[0].Record;
        var summary = DatasetSummary.Build(record, null, qualityScore: 0);
        var members = new SummaryMembers();
        members.Dataset.UnionWith(["id", "distributions"]);
        members.Distribution.Add("format");

        var read = new SummaryRecordReader(members).Read(summary);

        Assert.Equal(record.Id, read.Id);
        Assert.Null(read.Title);
        Assert.Null(read.Keywords);
        Assert.Null(read.Slug);
        Assert.All(read.Distributions, d => Assert.Null(d.Title));
        Assert.Equal(record.Distributions.Select(d => d.Format), read.Distributions.Select(d => d.Format));
    }

    [Fact]
    public void Escaped_member_names_are_read_like_plain_ones()
    {
        // DatasetSummary never escapes names, but JSON allows it: "\u0069d" is "id".
        var summary = """{"\u0069d":"df82cc6e-e6fc-4143-9438-f32fd666c837","distributions":[{"form\u0061t":"CSV"}]}"""u8.ToArray();
        var members = new SummaryMembers();
        members.Dataset.UnionWith(["id", "distributions"]);
        members.Distribution.Add("format");

        var read = new SummaryRecordReader(members).Read(summary);

        Assert.Equal(new Guid("df82cc6e-e6fc-4143-9438-f32fd666c837"), read.Id);
        Assert.Equal("CSV", Assert.Single(read.Distributions).Format);
    }

    [Fact]
    public void A_member_the_reader_does_not_know_is_refused_up_front()
    {
        var members = new SummaryMembers();
        members.Dataset.Add("tags");
        Assert.Throws<ArgumentException>(() => new SummaryRecordReader(members));
    }

    private static string Json(LocalizedList lists) => JsonSerializer.Serialize(lists.OrderBy(l => l.Key));
}

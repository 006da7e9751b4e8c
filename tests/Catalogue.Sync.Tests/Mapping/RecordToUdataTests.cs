using Catalogue.Domain.Model;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Sync.Tests.Mapping;

public sealed class RecordToUdataTests
{
    [Fact]
    public void An_open_record_maps_to_the_guide_values()
    {
        var r = MappingSamples.Demo("melanome-dermoscopie-data-challenge");
        var w = RecordToUdata.ToWrite(r, MappingSamples.OrgOf(r), "org1");

        Assert.Equal(r.Title["fr"], w.Title);
        Assert.False(w.Private);
        Assert.Equal("open", w.AccessType);
        Assert.Equal("lov2", w.License);
        Assert.Equal("never", w.Frequency);
        Assert.Equal(new Catalogue.Sync.Udata.UdataTemporalCoverage(new DateOnly(2016, 1, 1), new DateOnly(2021, 12, 31)), w.TemporalCoverage);
        Assert.Equal(["fr:region:84"], w.Spatial!.Zones);
        Assert.Equal("fr:region", w.Spatial.Granularity);
        Assert.Equal("org1", w.Organization);
        Assert.Equal(r.Id.ToString(), UdataExtras.GetString(w.Extras, UdataExtras.CatalogueId));
        Assert.Contains("hdh", w.Tags);
        Assert.Contains("health-data-hub", w.Tags);
        Assert.Contains("hcl", w.Tags);          // organisation acronym
        Assert.Contains("sante", w.Tags);        // theme HEAL, in French
        Assert.Contains("melanome", w.Tags);     // keyword, normalised
        Assert.Equal(w.Tags.Order(StringComparer.Ordinal), w.Tags);
    }

    [Fact]
    public void The_description_carries_the_documentation_both_licences_access_and_contact()
    {
        var r = MappingSamples.Demo("melanome-dermoscopie-data-challenge");
        var md = RecordToUdata.ToWrite(r, null, null).Description;

        Assert.StartsWith(r.Description["fr"], md);
        Assert.Contains("## " + UdataDescription.Provenance + "\n\n" + r.Documentation.Provenance["fr"], md);
        Assert.Contains("## " + UdataDescription.Quality, md);
        Assert.Contains("Licence Ouverte / Open Licence version 2.0", md);
        Assert.Contains("Creative Commons Attribution 4.0 International", md);
        Assert.Contains("## " + UdataDescription.Access, md);
        Assert.Contains(r.ContactPoint!.Email!, md);
    }

    [Fact]
    public void Restricted_data_is_restricted_without_licence_and_keeps_ours_in_the_text()
    {
        var r = MappingSamples.Demo("melanome-dermoscopie-data-challenge");
        r.AccessRights = AccessLevel.Restricted;
        r.AccessRequestUrl = "https://www.health-data-hub.fr/depot";
        var w = RecordToUdata.ToWrite(r, null, null);

        Assert.Equal("restricted", w.AccessType);
        Assert.Null(w.License);
        Assert.Equal("https://www.health-data-hub.fr/depot", w.AuthorizationRequestUrl);
        Assert.Contains("Licence Ouverte", w.Description);
        Assert.Equal(["etalab-2.0", "CC-BY-4.0"], r.Licenses);
    }

    [Theory]
    [InlineData(RecordStatus.Draft, true)]
    [InlineData(RecordStatus.InReview, true)]
    [InlineData(RecordStatus.Published, false)]
    public void Drafts_and_records_in_review_are_private(RecordStatus status, bool isPrivate)
    {
        var r = MappingSamples.Demo("melanome-dermoscopie-data-challenge", status);
        Assert.Equal(isPrivate, RecordToUdata.ToWrite(r, null, null).Private);
    }

    [Fact]
    public void A_withdrawn_record_is_archived_not_deleted()
    {
        var r = MappingSamples.Demo("melanome-dermoscopie-data-challenge", RecordStatus.Withdrawn);
        r.WithdrawnAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.Equal(r.WithdrawnAt, RecordToUdata.ToWrite(r, null, null).Archived);
    }

    [Fact]
    public void Resources_come_main_then_parts_in_order_then_sample_then_documentation_all_remote()
    {
        var r = MappingSamples.Demo("melanome-dermoscopie-data-challenge");
        var resources = RecordToUdata.ToResources(r);

        Assert.Equal(["Annotations", "Images 2016–2018 (partie 1/2)", "Images 2019–2021 (partie 2/2)", "Échantillon de 200 images", "Documentation de la base"],
            resources.Select(x => x.Title));
        Assert.Equal(["main", "main", "main", "other", "documentation"], resources.Select(x => x.Type));
        Assert.All(resources, x => Assert.Equal("remote", x.Filetype));
        Assert.Equal(["csv", "tar", "tar", "zip", "pdf"], resources.Select(x => x.Format));
        var large = resources[1];
        Assert.True(large.Filesize > Distribution.DirectDepositLimitBytes);
        Assert.Equal("sha256", large.Checksum!.Type);
        Assert.Equal(r.Distributions[0].Checksum!.Value, large.Checksum.Value);
        Assert.Equal(r.Distributions[0].Id.ToString(), UdataExtras.GetString(large.Extras, UdataExtras.DistributionId));
        Assert.Equal("Part", UdataExtras.GetString(large.Extras, UdataExtras.Role));
    }
}

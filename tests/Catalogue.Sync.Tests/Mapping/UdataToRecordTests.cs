using Catalogue.Domain.Model;
using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Sync.Tests.Mapping;

public sealed class UdataToRecordTests
{
    [Theory]
    [InlineData("melanome-dermoscopie-data-challenge")]
    [InlineData("passages-urgences-oscour")]
    public void Pushing_then_reading_back_every_field_changes_nothing(string slug)
    {
        var r = MappingSamples.Demo(slug);
        var org = MappingSamples.OrgOf(r);
        var write = RecordToUdata.ToWrite(r, org, "org1");
        var resources = RecordToUdata.ToResources(r);
        var stored = MappingSamples.AsStored(write, resources);

        var back = UdataToRecord.Apply(RecordJson.Clone(r), stored, UdataFields.All, org);

        Assert.Equal(UdataFields.FromLocal(write, resources), UdataFields.FromLocal(RecordToUdata.ToWrite(back, org, "org1"), RecordToUdata.ToResources(back)));
        Assert.Equal(r.Description["fr"], back.Description["fr"]);
        Assert.Equal(r.Documentation.Meaning["fr"], back.Documentation.Meaning["fr"]);
        Assert.Equal(r.Licenses, back.Licenses);
        Assert.Equal(r.Distributions.Select(d => (d.Id, d.Role, d.PartIndex)).OrderBy(x => x.Id), back.Distributions.Select(d => (d.Id, d.Role, d.PartIndex)).OrderBy(x => x.Id));
        Assert.Equal(UdataFields.FromRemote(stored), UdataFields.FromLocal(write, resources));
    }

    [Fact]
    public void A_website_edit_of_one_section_lands_in_that_section_only()
    {
        var r = MappingSamples.Demo("passages-urgences-oscour");
        var md = RecordToUdata.ToWrite(r, null, null).Description.Replace(r.Documentation.UpdatePolicy["fr"], "Mise à jour chaque lundi.");

        UdataDescription.ApplyTo(r, md);

        Assert.Equal("Mise à jour chaque lundi.", r.Documentation.UpdatePolicy["fr"]);
        Assert.Equal(MappingSamples.Demo("passages-urgences-oscour").Documentation.Provenance["fr"], r.Documentation.Provenance["fr"]);
        Assert.Equal(MappingSamples.Demo("passages-urgences-oscour").Description["fr"], r.Description["fr"]);
    }

    [Fact]
    public void Only_tags_added_on_the_website_become_the_records_own_tags()
    {
        var r = MappingSamples.Demo("passages-urgences-oscour");
        var org = MappingSamples.OrgOf(r);
        var remoteTags = RecordToUdata.ToWrite(r, org, null).Tags.Append("Grippe saisonnière");

        Assert.Equal(["grippe-saisonniere"], UdataTagSet.Own(remoteTags, r, org));
    }

    [Fact]
    public void A_null_licence_from_udata_keeps_ours_and_a_new_one_replaces_it()
    {
        var r = MappingSamples.Demo("passages-urgences-oscour");
        UdataToRecord.Apply(r, new UdataDataset { License = null }, [UdataFields.License], null);
        Assert.Equal(["etalab-2.0", "CC-BY-4.0"], r.Licenses);

        UdataToRecord.Apply(r, new UdataDataset { License = "odc-odbl" }, [UdataFields.License], null);
        Assert.Equal(["ODbL-1.0"], r.Licenses);
    }

    [Fact]
    public void A_remote_dataset_becomes_a_new_record_linked_by_its_udata_id()
    {
        var d = new UdataDataset
        {
            Id = "5f0c0ffee0c0ffee0c0f0099", Title = "Enquête", Description = "Texte libre", Tags = ["hdh", "enquete-nationale"],
            License = "lov2", Frequency = "annual", TemporalCoverage = new UdataTemporalCoverage(new DateOnly(2020, 1, 1), null),
            Spatial = new UdataSpatial { Zones = ["country:fr"], Granularity = "country" }, AccessType = "open",
            Resources = [new UdataResource { Id = Guid.NewGuid().ToString(), Title = "data.csv", Type = "main", Filetype = "remote", Url = "https://example.org/data.csv", Format = "csv" }],
        };
        var org = Guid.NewGuid();
        var r = UdataToRecord.ToNewRecord(d, org, null);

        Assert.Equal(org, r.OrganizationId);
        Assert.Equal("Enquête", r.Title["fr"]);
        Assert.Equal(["etalab-2.0"], r.Licenses);
        Assert.Equal("ANNUAL", r.Frequency);
        Assert.Equal(["country:fr"], r.SpatialCoverage);
        Assert.Equal(["enquete-nationale"], r.Tags);
        Assert.Equal("CSV", Assert.Single(r.Distributions).Format);
        Assert.Equal(Guid.Parse(d.Resources[0].Id), r.Distributions[0].Id);
        Assert.Contains(r.OtherIdentifiers, i => i.Scheme == "udata" && i.Value == d.Id);
    }
}

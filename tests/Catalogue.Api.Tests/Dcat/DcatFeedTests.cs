using System.Net;
using Catalogue.Api.Tests.Dcat.Oracles;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>Paging, per-organisation catalogues, the change feed and tombstones, over real HTTP.</summary>
public class DcatFeedTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private static int Published => DemoCatalogue.Records().Count(d => d.Publish);

    [Fact]
    public async Task Pages_carry_a_Hydra_view_and_together_list_every_dataset_once()
    {
        var client = factory.Anonymous();
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var nt = await client.GetTextAsync($"/catalog.nt?page={page}&page_size=3");
            Assert.Contains($"<http://www.w3.org/ns/hydra/core#totalItems> \"{Published}\"", nt);
            Assert.Contains("<http://www.w3.org/ns/hydra/core#PartialCollectionView>", nt);
            Assert.Contains($"page={page}&page_size=3> <http://www.w3.org/ns/hydra/core#first>", nt);
            Assert.Equal(page < 3, nt.Contains("<http://www.w3.org/ns/hydra/core#next>"));
            Assert.Equal(page > 1, nt.Contains("<http://www.w3.org/ns/hydra/core#previous>"));
            seen.AddRange(nt.Split('\n').Where(l => l.Contains("<http://www.w3.org/ns/dcat#dataset>")).Select(l => l.Split(' ')[2]));
        }
        Assert.Equal(Published, seen.Count);
        Assert.Equal(Published, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_page_size_is_capped_and_bad_parameters_are_400s()
    {
        var nt = await factory.Anonymous().GetTextAsync("/catalog.nt?page_size=100000");
        Assert.Contains("<http://www.w3.org/ns/hydra/core#itemsPerPage> \"100\"", nt);
        await factory.Anonymous().GetAsync("/catalog.nt?page=0").Problem(HttpStatusCode.BadRequest, "page");
        await factory.Anonymous().GetAsync("/catalog.nt?access_rights=SECRET").Problem(HttpStatusCode.BadRequest, "access_rights");
    }

    [Fact]
    public async Task An_organisation_catalogue_lists_only_its_datasets()
    {
        var nt = await factory.Anonymous().GetTextAsync("/organizations/sante-publique-france/catalog.nt?page_size=100");
        var expected = DemoCatalogue.Records().Where(d => d.Publish && d.Record.OrganizationId == DemoCatalogue.Spf).Select(d => d.Record.Id.ToString()).ToList();
        var listed = nt.Split('\n').Where(l => l.Contains("<http://www.w3.org/ns/dcat#dataset>")).ToList();
        Assert.Equal(expected.Count, listed.Count);
        Assert.All(expected, id => Assert.Contains(listed, l => l.Contains(id)));
        Assert.Contains("<http://localhost/organizations/sante-publique-france/catalog> <http://purl.org/dc/terms/publisher>", nt);
    }

    [Fact]
    public async Task The_change_feed_pages_with_a_cursor_and_lists_each_record_once()
    {
        var client = factory.Anonymous();
        var ids = new List<string>();
        string? next = "/catalog/changes?limit=2";
        while (next is not null)
        {
            var page = await client.GetAsync(next).Ok();
            ids.AddRange(page["items"]!.AsArray().Select(i => (string)i!["id"]!));
            next = (string?)page["next"];
        }
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.True(ids.Count >= Published - 1);
        Assert.DoesNotContain(DemoCatalogue.Records().Single(d => !d.Publish).Record.Id.ToString(), ids);
    }

    [Fact]
    public async Task The_oracle_is_not_blind_a_level_checked_with_the_wrong_shapes_fails()
    {
        var turtle = await factory.Anonymous().GetTextAsync("/catalog.ttl?page_size=all&access_rights=PUBLIC");
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() =>
            ShaclOracle.AssertConformsAsync(DcatTestClient.SaveTemp(turtle, "ttl"), ShaclOracle.ShapesFor(AccessLevel.NonPublic)));
        Assert.Contains("accessRights", failure.Message);
    }
}

/// <summary>Withdrawal changes the catalogue, so it gets a server of its own.</summary>
public class DcatTombstoneTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task A_withdrawn_record_leaves_the_catalogue_answers_410_and_shows_in_the_change_feed()
    {
        var admin = factory.Admin();
        var id = DemoCatalogue.Records().First(d => d.Publish && d.Record.OrganizationId == DemoCatalogue.Inserm).Record.Id;
        var before = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("O");
        await admin.SendAsync(TestHttp.Post($"/api/v1/datasets/{id}/withdraw?reason=superseded")).Ok();

        Assert.DoesNotContain(id.ToString(), await factory.Anonymous().GetTextAsync("/catalog/dump.nt"));
        var tombstone = await factory.Anonymous().GetTextAsync($"/datasets/{id}.ttl", expected: HttpStatusCode.Gone);
        Assert.Contains("distribution-status/WITHDRAWN", tombstone);
        Assert.Contains("superseded", tombstone);

        var changes = await factory.Anonymous().GetAsync($"/catalog/changes?since={Uri.EscapeDataString(before)}").Ok();
        var item = Assert.Single(changes["items"]!.AsArray(), i => (string)i!["id"]! == id.ToString())!;
        Assert.Equal("withdrawn", (string)item["status"]!);
        Assert.Equal($"http://localhost/datasets/{id}", (string)item["iri"]!);
    }
}

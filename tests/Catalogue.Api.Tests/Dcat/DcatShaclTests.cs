using Catalogue.Api.Tests.Dcat.Oracles;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>A server with the demo catalogue plus one generated record per access level that fills every optional field.</summary>
public sealed class DcatFullCatalogueFactory : CatalogueApiFactory
{
    private bool _seeded;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task EnsureFullRecordsAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_seeded) return;
            foreach (var level in Enum.GetValues<AccessLevel>()) await DcatTestClient.PublishAsync(this, FullRecords.Full(level));
            _seeded = true;
        }
        finally { _lock.Release(); }
    }
}

/// <summary>
/// The real oracle: every published record, per access level, validates against that level's official Release 8
/// shapes with 0 violations in both engines, without vocabularies and without --assume-nal (SPEC-NOTES §7.6).
/// </summary>
public class DcatShaclTests(DcatFullCatalogueFactory factory) : IClassFixture<DcatFullCatalogueFactory>
{
    [Theory]
    [InlineData(AccessLevel.Public)]
    [InlineData(AccessLevel.Restricted)]
    [InlineData(AccessLevel.NonPublic)]
    public async Task Each_access_level_validates_with_zero_violations(AccessLevel level)
    {
        await factory.EnsureFullRecordsAsync();
        var turtle = await factory.Anonymous().GetTextAsync($"/catalog.ttl?page_size=all&access_rights={level.ToCode()}");

        var expected = DemoCatalogue.Records().Count(d => d.Publish && d.Record.AccessRights == level) + 1;
        Assert.Equal(expected, CountDatasets(turtle));
        Assert.Contains($"full-{level}", turtle);
        await ShaclOracle.AssertConformsAsync(DcatTestClient.SaveTemp(turtle, "ttl"), ShaclOracle.ShapesFor(level));
    }

    [Fact]
    public async Task The_catalogue_node_validates_against_the_DCAT_AP_3_0_1_shapes()
    {
        await factory.EnsureFullRecordsAsync();
        var turtle = await factory.Anonymous().GetTextAsync("/catalog.ttl?page_size=100");
        Assert.Contains("dcat:Catalog", turtle);
        Assert.Contains("dcat:themeTaxonomy", turtle);
        await ShaclOracle.AssertConformsAsync(DcatTestClient.SaveTemp(turtle, "ttl"), ShaclOracle.DcatAp());
    }

    [Fact]
    public async Task A_dataset_document_in_JSON_LD_validates_like_its_Turtle()
    {
        await factory.EnsureFullRecordsAsync();
        var client = factory.Anonymous();
        var context = await client.GetTextAsync("/ns/catalogue-context.jsonld");
        var jsonld = await client.GetTextAsync("/datasets/full-nonpublic.jsonld");
        var file = DcatTestClient.SaveTemp(jsonld, "jsonld");
        var contextFile = DcatTestClient.SaveTemp(context, "jsonld");
        await ShaclOracle.AssertConformsAsync(file, ShaclOracle.ShapesFor(AccessLevel.NonPublic), "jsonld",
            "--jsonld-context", $"http://localhost/ns/catalogue-context.jsonld={contextFile}");
    }

    private static int CountDatasets(string turtle) =>
        turtle.Split('\n').Count(l => l.Contains("a dcat:Dataset") || l.TrimEnd().EndsWith(" a dcat:Dataset ;"));
}

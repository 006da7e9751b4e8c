using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>A server whose database starts empty: no demo catalogue.</summary>
public sealed class EmptyCatalogueFactory : CatalogueApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Database:SeedDemo"] = "false" };
}

public class DcatImportTests(CatalogueApiFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CatalogueApiFactory>
{
    private const string Url = "/api/v1/import/dcat";

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(SharedPaths.Combine("dcat-samples")).Where(f => !f.EndsWith(".md")).Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_third_party_sample_imports_in_dry_run_without_a_server_error(string file)
    {
        var body = await File.ReadAllTextAsync(SharedPaths.Combine("dcat-samples", file));
        using var response = await factory.Admin().SendAsync(DcatTestClient.Import($"{Url}?dryRun=true&organization=health-data-hub", body, MediaTypeOf(file)));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{file}: {(int)response.StatusCode} {text}");
        var report = JsonNode.Parse(text)!;
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            output.WriteLine($"{file}: document rejected: {report["detail"]}");
            Assert.False(string.IsNullOrWhiteSpace((string?)report["detail"]), $"{file}: a rejected document needs a reason");
            return;
        }
        Assert.True((bool)report["dryRun"]!);
        output.WriteLine($"{file}: created {report["created"]}, rejected {report["rejected"]}; first errors: "
            + string.Join(" | ", report["results"]!.AsArray().SelectMany(r => r!["errors"]!.AsArray()).Take(3).Select(e => $"{e!["path"]}: {e["message"]}")));
        foreach (var result in report["results"]!.AsArray())
        {
            var outcome = (string)result!["outcome"]!;
            Assert.Contains(outcome, new[] { "created", "updated", "unchanged", "rejected" });
            if (outcome == "rejected") Assert.NotEmpty(result["errors"]!.AsArray());
            else Assert.Null(result["id"]); // a dry run creates nothing, so nothing has an id yet
        }
    }

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        var before = (int)(await factory.Admin().GetAsync("/api/v1/datasets?count=true&limit=1").Ok())["total"]!;
        var body = await File.ReadAllTextAsync(SharedPaths.Combine("dcat-samples", "udata__udata.xml"));
        var report = await factory.Admin().SendAsync(DcatTestClient.Import($"{Url}?dryRun=true&organization=health-data-hub", body, "application/rdf+xml")).Ok();
        Assert.True((int)report["created"]! > 0);
        Assert.Equal(before, (int)(await factory.Admin().GetAsync("/api/v1/datasets?count=true&limit=1").Ok())["total"]!);
    }

    [Fact]
    public async Task The_French_and_health_samples_yield_importable_records_with_dropped_codes_reported()
    {
        var total = 0;
        foreach (var file in new[] { "udata__udata.xml", "healthri__dataset_898ca4b8-197b-4d40-bc81-d9cd88197670.ttl", "ckanext-dcat__dataset_health.ttl", "semic__2.1.1__example1.nt" })
        {
            var body = await File.ReadAllTextAsync(SharedPaths.Combine("dcat-samples", file));
            var report = await factory.Admin().SendAsync(DcatTestClient.Import($"{Url}?dryRun=true&organization=health-data-hub", body, MediaTypeOf(file))).Ok();
            total += (int)report["created"]!;
        }
        Assert.True(total >= 4, $"Only {total} datasets would be created from four real documents.");
    }

    [Fact]
    public async Task Import_needs_a_key_and_a_known_syntax()
    {
        await factory.Anonymous().SendAsync(DcatTestClient.Import(Url, "<a> <b> <c> .", "application/n-triples")).Problem(HttpStatusCode.Unauthorized);
        await factory.Admin().SendAsync(DcatTestClient.Import(Url, "<a> <b> <c> .", "application/pdf")).Problem(HttpStatusCode.UnsupportedMediaType);
        await factory.Admin().SendAsync(DcatTestClient.Import(Url, "<a> <b> \"unterminated .", "application/n-triples")).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Reimporting_our_own_feed_changes_nothing_and_an_edit_becomes_an_update()
    {
        var turtle = await factory.Anonymous().GetTextAsync("/catalog/dump.ttl");
        var admin = factory.Admin();

        var same = await admin.SendAsync(DcatTestClient.Import(Url, turtle, "text/turtle")).Ok();
        Assert.True(DemoCatalogue.Records().Count(d => d.Publish) == (int)same["unchanged"]!, same.ToJsonString());
        Assert.Equal(0, (int)same["created"]! + (int)same["updated"]! + (int)same["rejected"]!);

        var edited = turtle.Replace("Dermoscopic melanoma image base for a data challenge", "Dermoscopic melanoma images (edited)");
        var dry = await admin.SendAsync(DcatTestClient.Import($"{Url}?dryRun=true", edited, "text/turtle")).Ok();
        Assert.Equal(1, (int)dry["updated"]!);
        Assert.Contains("title", dry["results"]!.AsArray().Single(r => (string)r!["outcome"]! == "updated")!["changedFields"]!.AsArray().Select(x => (string)x!).First());

        var real = await admin.SendAsync(DcatTestClient.Import(Url, edited, "text/turtle")).Ok();
        Assert.Equal(1, (int)real["updated"]!);
        var record = await admin.GetAsync("/api/v1/datasets/melanome-dermoscopie-data-challenge").Ok();
        Assert.Equal("Dermoscopic melanoma images (edited)", (string)record["title"]!["en"]!);
        var revisions = await admin.GetAsync($"/api/v1/datasets/{record["id"]}/revisions").Ok();
        Assert.Contains(revisions.AsArray(), r => (string?)r!["action"] == "update");
    }

    [Fact]
    public async Task An_editor_cannot_import_into_another_organisation()
    {
        var key = await Keys.EditorAsync(factory, DemoCatalogue.Spf);
        var turtle = await factory.Anonymous().GetTextAsync("/datasets/melanome-dermoscopie-data-challenge.ttl");
        var report = await factory.WithKey(key).SendAsync(DcatTestClient.Import($"{Url}?dryRun=true", turtle, "text/turtle")).Ok();
        var result = report["results"]!.AsArray().Single()!;
        Assert.Equal("rejected", (string)result["outcome"]!);
        Assert.Equal("organizationId", (string)result["errors"]![0]!["path"]!);
    }

    [Theory]
    [InlineData("ttl", "text/turtle")]
    [InlineData("jsonld", "application/ld+json")]
    [InlineData("rdf", "application/rdf+xml")]
    [InlineData("nt", "application/n-triples")]
    public async Task Our_catalogue_round_trips_through_each_syntax_into_a_fresh_database(string ext, string mediaType)
    {
        var feed = await factory.Anonymous().GetTextAsync($"/catalog/dump.{ext}");
        await using var fresh = new EmptyCatalogueFactory();
        await fresh.InitializeAsync();
        var admin = fresh.Admin();
        foreach (var org in DemoCatalogue.Organizations())
            await admin.PostAsync("/api/v1/organizations", TestHttp.Json(System.Text.Json.JsonSerializer.Serialize(org, RecordJsonContext.Default.Organization))).Ok(HttpStatusCode.Created);

        var report = await admin.SendAsync(DcatTestClient.Import($"{Url}?publish=true", feed, mediaType)).Ok();

        var published = DemoCatalogue.Records().Where(d => d.Publish).ToList();
        Assert.True((int)report["created"]! == published.Count, report.ToJsonString());
        foreach (var demo in published)
        {
            var original = RecordJson.Deserialize((await factory.Admin().GetAsync($"/api/v1/datasets/{demo.Record.Id}").Ok()).ToJsonString());
            var back = RecordJson.Deserialize((await admin.GetAsync($"/api/v1/datasets/{demo.Record.Id}").Ok()).ToJsonString());
            Assert.Equal(DcatCarriedFields.Json(original), DcatCarriedFields.Json(back));
        }
    }

    private static string MediaTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".ttl" => "text/turtle",
        ".nt" => "application/n-triples",
        ".jsonld" or ".json" => "application/ld+json",
        _ => "application/rdf+xml",
    };
}

using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Domain.Tests.Dcat;

public class DcatToDatasetTests
{
    private const string Prefixes = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        """;

    private static ImportedDataset ReadOne(string turtle) =>
        Assert.Single(new DcatToDataset(DcatTestRecords.Links).Read(new TurtleParser().ParseGraph(Prefixes + turtle).Triples));

    [Fact]
    public void A_DCAT_AP_2_record_with_https_NAL_IRIs_HTML_and_odd_dates_imports()
    {
        var item = ReadOne("""
            <https://portal.example/ds/1> a dcat:Dataset ; dct:identifier "ds-1" ; dct:title "Hôpitaux"@fr, "Hospitals"@en-GB ;
              dct:description "<p>Liste des <b>hôpitaux</b>.</p><ul><li>un</li><li>deux</li></ul><p>Voir <a href=\"https://x.example\">le site</a>.</p>" ;
              dcat:theme <https://publications.europa.eu/resource/authority/data-theme/HEAL> ;
              dct:accessRights <http://publications.europa.eu/resource/authority/access-right/RESTRICTED> ;
              dct:temporal [ dcat:startDate "2019-3-5" ; dcat:endDate "31/12/2020" ] ;
              dcat:contactPoint [ vcard:fn "Équipe" ; vcard:hasEmail <mailto:contact@example.org> ] .
            """);

        var r = item.Record!;
        Assert.Empty(item.Errors);
        Assert.Equal("ds-1", r.Identifier);
        Assert.Equal("Hospitals", r.Title["en"]);
        Assert.Equal("Liste des **hôpitaux**.\n\n- un\n- deux\n\nVoir [le site](https://x.example).", r.Description["fr"]);
        Assert.Equal(["HEAL"], r.Themes);
        Assert.Equal(Model.AccessLevel.Restricted, r.AccessRights);
        Assert.Equal(new DateOnly(2019, 3, 5), r.TemporalCoverage[0].Start);
        Assert.Equal(new DateOnly(2020, 12, 31), r.TemporalCoverage[0].End);
        Assert.Equal("contact@example.org", r.ContactPoint!.Email);
    }

    [Fact]
    public void Unknown_codes_and_unreadable_values_are_dropped_with_a_warning_not_a_rejection()
    {
        var item = ReadOne("""
            <https://portal.example/ds/2> a dcat:Dataset ; dct:title "T" ;
              dcat:theme <http://publications.europa.eu/resource/authority/data-theme/NOPE>, <http://www.wikidata.org/entity/Q12136> ;
              dct:language <http://publications.europa.eu/resource/authority/language/FRA> ;
              dct:temporal [ dcat:startDate "sometime" ] ;
              dcat:landingPage <ftp://files.example/x> ;
              dcat:distribution [ dcat:accessURL <https://files.example/a.csv> ; dct:format "CSV" ; dcat:byteSize "lots" ] .
            """);

        var r = item.Record!;
        Assert.Empty(item.Errors);
        Assert.Empty(r.Themes);
        Assert.Equal(["FRA"], r.Languages);
        Assert.Equal("https://portal.example/ds/2", r.Identifier);
        Assert.Equal("CSV", Assert.Single(r.Distributions).Format);
        Assert.Null(r.Distributions[0].ByteSize);
        Assert.Null(r.LandingPage);
        Assert.Contains(item.Warnings, w => w.Path == "themes" && w.Message.Contains("NOPE"));
        Assert.Contains(item.Warnings, w => w.Path == "temporalCoverage");
        Assert.Contains(item.Warnings, w => w.Path == "landingPage");
        Assert.Contains(item.Warnings, w => w.Path.EndsWith("byteSize"));
    }

    [Fact]
    public void A_dataset_without_a_title_is_rejected_with_the_reason()
    {
        var item = ReadOne("""<https://portal.example/ds/3> a dcat:Dataset ; dct:identifier "x" .""");
        Assert.Contains(item.Errors, e => e.Path == "title");
    }

    [Theory]
    [InlineData("2021-06-30T10:00:00+02:00", 2021, 6, 30)]
    [InlineData("2021-06-30Z", 2021, 6, 30)]
    [InlineData("2021-06", 2021, 6, 1)]
    [InlineData("2021", 2021, 1, 1)]
    [InlineData("2021-06-30 10:00:00", 2021, 6, 30)]
    public void Dates_are_read_leniently(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DcatDates.ParseDate(text));

    [Fact]
    public void Script_content_never_survives_HTML_conversion() =>
        Assert.Equal("Bonjour", HtmlToText.Convert("<p>Bonjour<script>alert('x')</script></p>"));
}

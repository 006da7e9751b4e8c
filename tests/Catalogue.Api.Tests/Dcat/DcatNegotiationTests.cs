using System.Net;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>Content negotiation and suffix forms of /catalog and /datasets/{id}, over real HTTP.</summary>
public class DcatNegotiationTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const string Melanoma = "melanome-dermoscopie-data-challenge";

    [Theory]
    [InlineData(null, "text/turtle")]
    [InlineData("text/turtle", "text/turtle")]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/rdf+xml", "application/rdf+xml")]
    [InlineData("application/n-triples", "application/n-triples")]
    [InlineData("*/*", "text/turtle")]
    [InlineData("application/*", "application/ld+json")]
    [InlineData("text/turtle;q=0, */*;q=0.1", "application/ld+json")]
    [InlineData("application/rdf+xml;q=0.5, application/n-triples;q=0.9", "application/n-triples")]
    [InlineData("text/html;q=0.9, application/rdf+xml;q=0.2", "application/rdf+xml")]
    public async Task The_catalogue_honours_Accept_with_q_values_and_wildcards(string? accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog");
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await factory.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/json")]
    [InlineData("text/turtle;q=0, application/ld+json;q=0, application/rdf+xml;q=0, application/n-triples;q=0")]
    public async Task Nothing_acceptable_is_a_406_problem(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        await factory.Anonymous().SendAsync(request).Problem(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("ttl", "text/turtle")]
    [InlineData("jsonld", "application/ld+json")]
    [InlineData("rdf", "application/rdf+xml")]
    [InlineData("nt", "application/n-triples")]
    public async Task Suffixes_pick_the_syntax_whatever_Accept_says(string ext, string expected)
    {
        foreach (var url in new[] { $"/catalog.{ext}", $"/datasets/{Melanoma}.{ext}", $"/organizations/hospices-civils-de-lyon/catalog.{ext}", $"/catalog/dump.{ext}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept", "text/html");
            using var response = await factory.Anonymous().SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("/datasets/", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Browsers_get_a_landing_page_with_a_schema_org_Dataset_block()
    {
        var html = await factory.Anonymous().GetTextAsync($"/datasets/{Melanoma}", "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Contains("<script type=\"application/ld+json\">", html);
        Assert.Contains("\"@type\": \"Dataset\"", html);
        Assert.Contains("https://schema.org/", html);
        Assert.Contains("rel=\"alternate\" type=\"text/turtle\"", html);
        var script = html[(html.IndexOf("<script", StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain("</", script[..script.IndexOf("</script>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Dataset_documents_carry_validators_and_answer_304()
    {
        var client = factory.Anonymous();
        using var first = await client.GetAsync($"/datasets/{Melanoma}.ttl");
        var etag = first.Headers.ETag?.ToString();
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/datasets/{Melanoma}.ttl");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        using var since = new HttpRequestMessage(HttpMethod.Get, $"/datasets/{Melanoma}.ttl");
        since.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);

        using var otherSyntax = new HttpRequestMessage(HttpMethod.Get, $"/datasets/{Melanoma}.nt");
        otherSyntax.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(otherSyntax)).StatusCode);
    }

    [Fact]
    public async Task Drafts_never_appear_in_feeds_nor_at_their_IRI_for_anonymous_callers()
    {
        var draft = DemoCatalogue.Records().Single(d => !d.Publish).Record;
        var client = factory.Anonymous();

        Assert.DoesNotContain(draft.Id.ToString(), await client.GetTextAsync("/catalog/dump.nt"));
        Assert.DoesNotContain(draft.Id.ToString(), await client.GetTextAsync("/catalog.nt?page_size=100"));
        await client.GetTextAsync($"/datasets/{draft.Id}.ttl", expected: HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Our_JSON_LD_names_the_context_served_at_a_stable_URL()
    {
        var client = factory.Anonymous();
        var context = await client.GetAsync("/ns/catalogue-context.jsonld");
        Assert.Equal("application/ld+json", context.Content.Headers.ContentType?.MediaType);
        var doc = await context.ReadJson();
        Assert.Equal("http://www.w3.org/ns/dcat#", (string?)doc["@context"]!["dcat"]);

        var jsonld = await client.GetTextAsync($"/datasets/{Melanoma}.jsonld");
        Assert.Contains("\"http://localhost/ns/catalogue-context.jsonld\"", jsonld);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.Sync.DataCite;

/// <summary>The series' concept DOI (Zenodo's pattern): a DOI of its own that follows the latest version.</summary>
[Collection(DataCiteCollection.Name)]
public sealed class ConceptDoiTests(DataCiteApiFixture fx)
{
    [Fact]
    public async Task A_series_has_one_concept_doi_that_follows_its_latest_published_version()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!, slug = (string)draft["slug"]!;
        using var admin = fx.Admin();

        // Reserve v1: a version DOI and a separate concept DOI, both drafts, linked both ways.
        var reserved = await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created);
        string v1 = (string)reserved["doi"]!, concept = (string)reserved["conceptDoi"]!;
        Assert.NotEqual(v1, concept);
        Assert.StartsWith(DataCiteApiFixture.Prefix + "/", concept);
        Assert.Equal("draft", State(concept));
        Assert.Equal("draft", State(v1));
        Assert.True(Links(v1, "IsVersionOf", concept));
        Assert.True(Links(concept, "HasVersion", v1));

        // Publish v1: both findable, the concept resolves to v1's landing page.
        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        await fx.DrainOutboxAsync();
        Assert.Equal(("findable", "findable"), (State(v1), State(concept)));
        Assert.Equal(LandingPage(slug), Url(concept));

        // v2: its own DOI in the same series; the concept moves to it only once it is published.
        var next = await admin.PostAsync($"/api/v1/datasets/{id}/new-version", null).Ok(HttpStatusCode.Created);
        string id2 = (string)next["id"]!, slug2 = (string)next["slug"]!, v2 = (string)next["doi"]!;
        Assert.Equal(concept, (string?)next["conceptDoi"]);
        await fx.DrainOutboxAsync();
        Assert.Equal(LandingPage(slug), Url(concept));
        await admin.PostAsync($"/api/v1/datasets/{id2}/publish", null).Ok();
        await fx.DrainOutboxAsync();

        Assert.Equal(LandingPage(slug2), Url(concept));
        Assert.Equal("findable", State(v2));
        Assert.True(Links(concept, "HasVersion", v1));
        Assert.True(Links(concept, "HasVersion", v2));
        Assert.False(Links(concept, "IsVersionOf", concept));
        Assert.True(Links(v2, "IsVersionOf", concept));
        Assert.True(Links(v2, "IsNewVersionOf", v1));
        Assert.True(Links(v1, "IsPreviousVersionOf", v2));
        Assert.Equal(concept, (string?)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["conceptDoi"]);
        Assert.Equal(concept, (string?)(await admin.GetAsync($"/api/v1/datasets/{id2}").Ok())["conceptDoi"]);
        Assert.Equal([concept], await fx.ConceptDoisForSlugAsync(slug2));
        Assert.Empty(await fx.ConceptDoisForSlugAsync(slug));
    }

    [Theory]
    [InlineData(1)] // dies after DataCite created the version DOI, before the concept DOI
    [InlineData(2)] // dies after DataCite created the concept DOI too
    public async Task Retrying_a_reservation_after_a_crash_never_mints_a_second_concept_doi(int crashAfterPuts)
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!, slug = (string)draft["slug"]!;
        using var admin = fx.Admin();

        fx.Crash.ArmAfterPuts(crashAfterPuts);
        Assert.Equal(HttpStatusCode.InternalServerError, (await admin.PostAsync($"/api/v1/datasets/{id}/doi", null)).StatusCode);
        string concept = (string)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["conceptDoi"]!;

        // Asking again finishes the same reservation; the dispatcher's retry of it changes nothing more.
        var again = await admin.PostAsync($"/api/v1/datasets/{id}/doi", null);
        Assert.True(again.IsSuccessStatusCode, $"{again.StatusCode}: {await again.Content.ReadAsStringAsync()}");
        await fx.DrainOutboxAsync();

        var record = await admin.GetAsync($"/api/v1/datasets/{id}").Ok();
        Assert.Equal(concept, (string?)record["conceptDoi"]);
        Assert.Equal([(string)record["doi"]!], await fx.DoisForSlugAsync(slug));
        Assert.Equal([concept], await fx.ConceptDoisForSlugAsync(slug));
        Assert.True(Links(concept, "HasVersion", (string)record["doi"]!));
    }

    private static string LandingPage(string slug) => $"{DataCiteApiFixture.PublicBaseUrl}/datasets/{slug}";

    private string? State(string doi) => (string?)Attributes(doi)["state"];

    private string? Url(string doi) => (string?)Attributes(doi)["url"];

    private bool Links(string from, string relationType, string to) =>
        Attributes(from)["relatedIdentifiers"]!.AsArray().Any(r =>
            (string?)r!["relationType"] == relationType && string.Equals((string?)r["relatedIdentifier"], to, StringComparison.OrdinalIgnoreCase));

    private JsonObject Attributes(string doi) =>
        fx.Emulator.State.GetAttributes(doi) ?? throw new Xunit.Sdk.XunitException($"The emulator has no DOI {doi}.");
}

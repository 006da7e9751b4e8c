using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.Sync.DataCite;

[Collection(DataCiteCollection.Name)]
public sealed class DoiLifecycleTests(DataCiteApiFixture fx)
{
    [Fact]
    public async Task Reserve_publish_update_withdraw_moves_the_doi_from_draft_to_findable_to_registered()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!, slug = (string)draft["slug"]!;
        using var admin = fx.Admin();

        // Reserve: a draft DOI at DataCite at once, and on the record.
        var reserved = await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created);
        string doi = (string)reserved["doi"]!;
        Assert.StartsWith(DataCiteApiFixture.Prefix + "/", doi);
        Assert.Equal("draft", (string?)fx.Emulator.State.GetAttributes(doi)!["state"]);
        var again = await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.OK);
        Assert.Equal(doi, (string?)again["doi"]);

        // Publish: findable at the landing page.
        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        await fx.DrainOutboxAsync();
        var attributes = fx.Emulator.State.GetAttributes(doi)!;
        Assert.Equal("findable", (string?)attributes["state"]);
        Assert.Equal($"{DataCiteApiFixture.PublicBaseUrl}/datasets/{slug}", (string?)attributes["url"]);

        // Update: a later change of the published record reaches DataCite.
        var current = await admin.GetAsync($"/api/v1/datasets/{id}");
        var record = (await current.ReadJson()).AsObject();
        record["title"]!["fr"] = "Passages aux urgences, édition révisée";
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/datasets/{id}") { Content = TestHttp.Json(record) };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        await admin.SendAsync(put).Ok();
        await fx.DrainOutboxAsync();
        var titles = fx.Emulator.State.GetAttributes(doi)!["titles"]!.AsArray();
        Assert.Contains(titles, t => (string?)t!["title"] == "Passages aux urgences, édition révisée");

        // Withdraw: hidden (registered), never deleted.
        await admin.PostAsync($"/api/v1/datasets/{id}/withdraw?reason=test", null).Ok();
        await fx.DrainOutboxAsync();
        Assert.Equal("registered", (string?)fx.Emulator.State.GetAttributes(doi)!["state"]);

        var status = await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok();
        Assert.Equal(("registered", "synced"), ((string?)status["state"], (string?)status["syncStatus"]));
        Assert.Empty(status["remoteChanges"]!.AsArray());
        Assert.Single(await fx.DoisForSlugAsync(slug));
    }

    [Fact]
    public async Task The_doi_shows_in_rest_graphql_and_dcat()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour", r => r["title"]!["fr"] = "Copie pour l'affichage du DOI");
        string id = (string)draft["id"]!;
        using var admin = fx.Admin();
        string doi = (string)(await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created))["doi"]!;
        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        await fx.DrainOutboxAsync();

        Assert.Equal(doi, (string?)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["doi"]);
        var graph = await admin.PostAsync("/graphql", TestHttp.Json(new JsonObject { ["query"] = $"{{ dataset(id: \"{id}\") {{ doi }} }}" })).Ok();
        Assert.Equal(doi, (string?)graph["data"]!["dataset"]!["doi"]);
        var ttl = await (await admin.GetAsync($"/datasets/{id}.ttl")).Content.ReadAsStringAsync();
        Assert.Contains("adms:identifier", ttl);
        Assert.Contains(doi, ttl);
    }

    [Fact]
    public async Task Only_editors_of_the_organisation_reserve_and_only_they_read_datacite_live()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!;
        Guid org = Guid.Parse((string)draft["organizationId"]!);
        using var anonymous = fx.Api.Anonymous();
        using var outsider = fx.Api.WithKey(await Keys.EditorAsync(fx.Api, Catalogue.Domain.Samples.DemoCatalogue.Inserm));
        using var editor = fx.Api.WithKey(await Keys.EditorAsync(fx.Api, org));

        await anonymous.PostAsync($"/api/v1/datasets/{id}/doi", null).Problem(HttpStatusCode.Unauthorized);
        await outsider.PostAsync($"/api/v1/datasets/{id}/doi", null).Problem(HttpStatusCode.NotFound); // a draft is invisible outside its organisation
        string doi = (string)(await editor.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created))["doi"]!;
        await editor.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        await fx.DrainOutboxAsync();

        await outsider.PostAsync($"/api/v1/datasets/{id}/new-version", null).Problem(HttpStatusCode.Forbidden);
        int requests = fx.Emulator.State.ApiRequestCount;
        var publicView = await anonymous.GetAsync($"/api/v1/datasets/{id}/doi").Ok();
        Assert.Equal((doi, "findable"), ((string?)publicView["doi"], (string?)publicView["state"]));
        Assert.Null(publicView["remoteChanges"]);
        Assert.Equal(requests, fx.Emulator.State.ApiRequestCount);
        Assert.NotNull((await editor.GetAsync($"/api/v1/datasets/{id}/doi").Ok())["remoteChanges"]);
    }
}

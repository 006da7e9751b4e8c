using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.Sync.DataCite;

[Collection(DataCiteCollection.Name)]
public sealed class FabricaSyncTests(DataCiteApiFixture fx)
{
    private async Task<(string Id, string Doi)> PublishedWithDoiAsync()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!;
        using var admin = fx.Admin();
        string doi = (string)(await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created))["doi"]!;
        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        await fx.DrainOutboxAsync();
        return (id, doi);
    }

    private static JsonObject Titles(params (string Title, string Lang)[] titles) => new()
    {
        ["titles"] = new JsonArray(titles.Select((t, i) => (JsonNode)new JsonObject
        {
            ["title"] = t.Title, ["lang"] = t.Lang, ["titleType"] = i == 0 ? null : "TranslatedTitle",
        }).ToArray()),
    };

    private static async Task EditTitleLocallyAsync(HttpClient admin, string id, string title)
    {
        var current = await admin.GetAsync($"/api/v1/datasets/{id}");
        var record = (await current.ReadJson()).AsObject();
        record["title"]!["fr"] = title;
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/datasets/{id}") { Content = TestHttp.Json(record) };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        await admin.SendAsync(put).Ok();
    }

    [Fact]
    public async Task A_title_edited_in_fabrica_is_shown_then_taken_into_the_record_with_the_counts()
    {
        var (id, doi) = await PublishedWithDoiAsync();
        using var admin = fx.Admin();
        string english = (string)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["title"]!["en"]!;
        Assert.True(fx.Emulator.State.FabricaEdit(doi, Titles(("Passages aux urgences (corrigé dans Fabrica)", "fr"), (english, "en"))).IsSuccess);
        fx.Emulator.State.SetCounts(doi, views: 42, downloads: 7, citations: 3);

        var status = await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok();
        var change = Assert.Single(status["remoteChanges"]!.AsArray());
        Assert.Equal("titles[0].title", (string?)change!["path"]);
        Assert.Equal("Passages aux urgences (corrigé dans Fabrica)", (string?)change["remote"]);
        Assert.Equal((42, 7, 3), ((int)status["viewCount"]!, (int)status["downloadCount"]!, (int)status["citationCount"]!));
        Assert.Equal("fabricaForm", (string?)status["lastEditedWith"]);

        await admin.PostAsync("/api/v1/sync/datacite/pull", null).Ok();

        var record = await admin.GetAsync($"/api/v1/datasets/{id}").Ok();
        Assert.Equal("Passages aux urgences (corrigé dans Fabrica)", (string?)record["title"]!["fr"]);
        var after = await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok();
        Assert.Empty(after["remoteChanges"]!.AsArray());
        Assert.Equal("synced", (string?)after["syncStatus"]);
    }

    [Fact]
    public async Task Both_sides_editing_the_title_is_a_conflict_until_an_editor_chooses()
    {
        var (id, doi) = await PublishedWithDoiAsync();
        using var admin = fx.Admin();
        string english = (string)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["title"]!["en"]!;
        fx.Emulator.State.FabricaEdit(doi, Titles(("Titre choisi dans Fabrica", "fr"), (english, "en")));
        await EditTitleLocallyAsync(admin, id, "Titre choisi dans le catalogue");

        await fx.DrainOutboxAsync();

        var status = await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok();
        Assert.Equal("conflict", (string?)status["syncStatus"]);
        var conflict = Assert.Single(status["conflicts"]!.AsArray());
        Assert.Equal("titles", (string?)conflict!["field"]);
        // Neither side was overwritten.
        Assert.Equal("Titre choisi dans le catalogue", (string?)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["title"]!["fr"]);
        Assert.Contains(fx.Emulator.State.GetAttributes(doi)!["titles"]!.AsArray(), t => (string?)t!["title"] == "Titre choisi dans Fabrica");

        await admin.PostAsync($"/api/v1/datasets/{id}/sync/datacite/resolve", TestHttp.Json("""{"choose":"local"}""")).Ok();
        await fx.DrainOutboxAsync();

        Assert.Contains(fx.Emulator.State.GetAttributes(doi)!["titles"]!.AsArray(), t => (string?)t!["title"] == "Titre choisi dans le catalogue");
        Assert.Equal("synced", (string?)(await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok())["syncStatus"]);
    }
}

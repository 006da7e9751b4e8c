using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>
/// The SQLite search index keeps no copy of the text (migration ContentlessSearchIndex): an update or a deletion
/// must still take a record's old words out of it, and the migration must rebuild the same index both ways.
/// On PostgreSQL the same behaviour is checked against its tsvector index.
/// </summary>
public sealed class SearchIndexTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private static async Task<int> CountAsync(HttpClient client, string q) =>
        (int)(await client.GetAsync($"/api/v1/datasets?q={Uri.EscapeDataString(q)}&status=draft,inReview,published,withdrawn&count=true").Ok())["total"]!;

    [Fact]
    public async Task Updates_and_deletions_take_a_records_old_words_out_of_the_index()
    {
        var admin = factory.Admin();
        var draft = new JsonObject
        {
            ["organizationId"] = DemoCatalogue.Hdh.ToString(),
            ["title"] = new JsonObject { ["fr"] = "Zéphyrin indexé", ["en"] = "Indexed" },
            ["description"] = new JsonObject { ["fr"] = "Une description." },
            ["accessRights"] = "Public",
        };
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(draft)).Ok(HttpStatusCode.Created);
        Assert.Equal(1, await CountAsync(admin, "zephyrin"));

        var url = $"/api/v1/datasets/{created["id"]}";
        var current = await admin.GetAsync(url);
        var body = (await current.ReadJson()).AsObject();
        body["title"]!["fr"] = "Barnabé indexé";
        var updated = await admin.SendAsync(TestHttp.Put(url, body, current.ETag()));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(0, await CountAsync(admin, "zephyrin"));
        Assert.Equal(1, await CountAsync(admin, "barnabe indexe"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", updated.ETag() } } })).StatusCode);
        Assert.Equal(0, await CountAsync(admin, "barnabe"));
    }

    [Fact]
    public async Task The_migration_rebuilds_the_same_index_down_and_up()
    {
        await using var fresh = new CatalogueApiFactory();
        await fresh.InitializeAsync();
        var admin = fresh.Admin();
        string[] queries = ["sante", "cancer", "donnees hosp", "cohorte", "age", "nosuchwordanywhere"];
        async Task<List<int>> CountsAsync() { var counts = new List<int>(); foreach (var q in queries) counts.Add(await CountAsync(admin, q)); return counts; }
        var before = await CountsAsync();
        Assert.True(before.Count(c => c > 0) >= 3, "the demo catalogue matches several of the queries");

        using var scope = fresh.Services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().GetService<IMigrator>();
        await migrator.MigrateAsync("20261203020000_FacetsByFacetKey");
        Assert.Equal(before, await CountsAsync());
        await migrator.MigrateAsync();
        Assert.Equal(before, await CountsAsync());
    }
}

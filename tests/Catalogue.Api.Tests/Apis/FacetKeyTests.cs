using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>
/// Facet rows are keyed by the record's facet key (migration FacetsByFacetKey), allocated in increasing order by
/// every path that stores a record: they must follow the record through creation, import, update and deletion,
/// and the migration must carry the rows of an existing database over and back.
/// </summary>
public sealed class FacetKeyTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private static JsonObject Draft(string title, string keyword) => new()
    {
        ["organizationId"] = DemoCatalogue.Hdh.ToString(),
        ["title"] = new JsonObject { ["fr"] = title, ["en"] = "Test data" },
        ["description"] = new JsonObject { ["fr"] = "Une description." },
        ["accessRights"] = "Public",
        ["keywords"] = new JsonObject { ["fr"] = new JsonArray(keyword) },
    };

    private static async Task<List<string>> SlugsWithKeywordAsync(HttpClient admin, string keyword) =>
        (await admin.GetAsync($"/api/v1/datasets?keyword={keyword}&status=draft,inReview,published&limit=100").Ok())["items"]!.AsArray()
            .Select(i => (string)i!["slug"]!).Order().ToList();

    private static async Task<List<long>> FacetKeysAsync(CatalogueDbContext db) =>
        await db.Datasets.AsNoTracking().Select(d => d.FacetKey).ToListAsync();

    private static async Task<List<string>> FacetRowsAsync(CatalogueDbContext db) =>
        (await db.Facets.AsNoTracking().Join(db.Datasets, f => f.DatasetKey, d => d.FacetKey, (f, d) => new { d.Id, f.Kind, f.Value }).ToListAsync())
            .Select(f => $"{f.Id}|{f.Kind}|{f.Value}").Order().ToList();

    [Fact]
    public async Task Facet_rows_follow_a_record_through_create_import_update_and_delete()
    {
        var admin = factory.Admin();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var before = await FacetKeysAsync(db);

        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Draft("Clé de facettes", "cle-facette-un"))).Ok(HttpStatusCode.Created);
        var id = Guid.Parse((string)created["id"]!);
        var key = await db.Datasets.AsNoTracking().Where(d => d.Id == id).Select(d => d.FacetKey).SingleAsync();
        Assert.True(key > before.Max(), "a new record's facet key comes after the existing ones");
        Assert.Equal(["cle-de-facettes"], await SlugsWithKeywordAsync(admin, "cle-facette-un"));

        // The bulk import takes the next keys, in batch order.
        var imported = Enumerable.Range(1, 3).Select(i =>
        {
            var r = RecordJson.Deserialize(Draft($"Import de facettes {i}", "cle-facette-import").ToJsonString());
            r.Id = Guid.NewGuid();
            r.Identifier = $"import-facettes-{i}-{r.Id:N}";
            r.Status = RecordStatus.Draft;
            return r;
        }).ToList();
        var result = await scope.ServiceProvider.GetRequiredService<DatasetStore>().ImportBatchAsync(imported, Caller.System, CancellationToken.None);
        Assert.Equal(3, result.Imported);
        var importedKeys = new List<long>();
        foreach (var r in imported)
            importedKeys.Add(await db.Datasets.AsNoTracking().Where(d => d.Id == r.Id).Select(d => d.FacetKey).SingleAsync());
        Assert.Equal([key + 1, key + 2, key + 3], importedKeys);
        Assert.Equal(3, (await SlugsWithKeywordAsync(admin, "cle-facette-import")).Count);

        // An update replaces the rows under the same key.
        var url = $"/api/v1/datasets/{id}";
        var current = await admin.GetAsync(url);
        var body = (await current.ReadJson()).AsObject();
        body["keywords"] = new JsonObject { ["fr"] = new JsonArray("cle-facette-deux") };
        await admin.SendAsync(TestHttp.Put(url, body, current.ETag())).Ok();
        Assert.Empty(await SlugsWithKeywordAsync(admin, "cle-facette-un"));
        Assert.Equal(["cle-de-facettes"], await SlugsWithKeywordAsync(admin, "cle-facette-deux"));
        Assert.Equal(key, await db.Datasets.AsNoTracking().Where(d => d.Id == id).Select(d => d.FacetKey).SingleAsync());

        // Deleting the record deletes its rows (the foreign key cascades on the facet key).
        Assert.True(await db.Facets.AsNoTracking().CountAsync(f => f.DatasetKey == key) > 0);
        var latest = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", latest.ETag() } } })).StatusCode);
        Assert.Equal(0, await db.Facets.AsNoTracking().CountAsync(f => f.DatasetKey == key));
    }

    [Fact]
    public async Task The_migration_keeps_every_facet_row_down_and_up()
    {
        await using var fresh = new CatalogueApiFactory();
        await fresh.InitializeAsync();
        using var scope = fresh.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var rows = await FacetRowsAsync(db);
        Assert.True(rows.Count > 100, "the demo catalogue has facets");

        // Back to rows keyed by the dataset id.
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261202220000_VariablesAsFacets");
        var byId = await db.Database.SqlQueryRaw<FacetRow>("""SELECT "DatasetId", "Kind", "Value" FROM dataset_facets""").ToListAsync();
        Assert.Equal(rows, byId.Select(f => $"{f.DatasetId}|{f.Kind}|{f.Value}").Order());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>(fresh.IsPostgres
            ? "SELECT count(*)::int AS \"Value\" FROM information_schema.columns WHERE table_name = 'datasets' AND column_name = 'FacetKey'"
            : "SELECT count(*) AS \"Value\" FROM pragma_table_info('datasets') WHERE name = 'FacetKey'").SingleAsync());

        // And forward again: every record gets a key of its own, and the rows follow.
        await migrator.MigrateAsync();
        Assert.Equal(rows, await FacetRowsAsync(db));
        var keys = await FacetKeysAsync(db);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain(0L, keys);
        // Rebuilding the table on SQLite dropped nothing that hangs off a record (no cascade fired), and put the
        // facet key ahead of the document, never behind its overflow pages.
        Assert.Equal(await db.Datasets.CountAsync(), await db.Summaries.CountAsync());
        if (!fresh.IsPostgres)
        {
            var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('datasets') ORDER BY cid").ToListAsync();
            Assert.True(columns.IndexOf("FacetKey") < columns.IndexOf("Document"), string.Join(", ", columns));
        }

        // A record stored after the migration takes a key after the copied ones.
        var created = await fresh.Admin().PostAsync("/api/v1/datasets", TestHttp.Json(Draft("Après la migration", "cle-facette-migree"))).Ok(HttpStatusCode.Created);
        var id = Guid.Parse((string)created["id"]!);
        Assert.True(await db.Datasets.AsNoTracking().Where(d => d.Id == id).Select(d => d.FacetKey).SingleAsync() > keys.Max());
        Assert.Equal(["apres-la-migration"], await SlugsWithKeywordAsync(fresh.Admin(), "cle-facette-migree"));
    }

    private sealed record FacetRow(Guid DatasetId, string Kind, string Value);
}

using System.Net;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>
/// The bulk import path (<c>import-records</c>, <see cref="DatasetStore.ImportBatchAsync"/>) and the first revision
/// it shares with CreateAsync: stored without a second copy of the document, read back as the full change list.
/// </summary>
public sealed class ImportTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    /// <summary>Copies of a published sample record under new ids, identifiers, slugs and titles.</summary>
    private async Task<List<string>> PublishedCopiesAsync(string word, int count)
    {
        var template = await factory.Admin().GetAsync("/api/v1/datasets/banque-nationale-maladies-rares").Ok();
        return Enumerable.Range(1, count).Select(i =>
        {
            var node = template.DeepClone().AsObject();
            node["id"] = Guid.NewGuid().ToString();
            node["identifier"] = $"{word}-{i}-{Guid.NewGuid():N}";
            node["slug"] = $"{word}-{i}";
            node["title"]!["fr"] = $"{word} numéro {i}";
            node.Remove("doi");
            node.Remove("conceptDoi");
            node.Remove("udataId");
            return node.ToJsonString();
        }).ToList();
    }

    private async Task<ImportResult> ImportAsync(IEnumerable<string> json)
    {
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<DatasetStore>();
        return await store.ImportBatchAsync(json.Select(RecordJson.Deserialize).ToList(), Caller.System, CancellationToken.None);
    }

    private async Task<string> StoredChangesAsync(Guid id, int number)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.Revisions.AsNoTracking().Where(r => r.DatasetId == id && r.Number == number).Select(r => r.Changes).SingleAsync();
    }

    private async Task<string> StoredDocumentAsync(Guid id, int number)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.Revisions.AsNoTracking().Where(r => r.DatasetId == id && r.Number == number).Select(r => r.Document).SingleAsync();
    }

    [Fact]
    public async Task An_imported_batch_is_readable_searchable_has_its_first_revision_and_a_second_run_is_rejected()
    {
        var admin = factory.Admin();
        var json = await PublishedCopiesAsync("importzebre", 3);
        var result = await ImportAsync(json);
        Assert.Equal(3, result.Imported);
        Assert.Empty(result.Rejected);

        var id = (string)JsonNode.Parse(json[1])!["id"]!;
        var url = $"/api/v1/datasets/{id}";
        var stored = await admin.GetAsync(url).Ok();
        Assert.Equal("importzebre numéro 2", (string)stored["title"]!["fr"]!);
        Assert.Equal("Published", (string)stored["status"]!);
        Assert.Equal(1, (int)stored["revision"]!);

        // The change list of the first revision is the whole record, as RecordDiff.Compare(null, record) gives it,
        // although the row stores only a marker next to the document.
        Assert.Equal(RevisionEntity.WholeDocument, await StoredChangesAsync(Guid.Parse(id), 1));
        // Nor does it store a copy of the document while the record has no other revision.
        Assert.Equal(RevisionEntity.SameAsRecord, await StoredDocumentAsync(Guid.Parse(id), 1));
        var revisions = (await admin.GetAsync($"{url}/revisions").Ok()).AsArray();
        var first = Assert.Single(revisions)!;
        Assert.Equal("import", (string)first["action"]!);
        var change = Assert.Single(first["changes"]!.AsArray())!;
        Assert.Equal("", (string)change["path"]!);
        Assert.Null(change["before"]);
        Assert.Equal(id, (string)change["after"]!["id"]!);
        Assert.Equal("importzebre numéro 2", (string)change["after"]!["title"]!["fr"]!);
        var atOne = await admin.GetAsync($"{url}/revisions/1").Ok();
        Assert.Equal("import", (string)atOne["revision"]!["action"]!);
        Assert.Equal("", (string)atOne["revision"]!["changes"]![0]!["path"]!);
        Assert.Equal("importzebre numéro 2", (string)atOne["record"]!["title"]!["fr"]!);

        var found = await factory.Anonymous().GetAsync("/api/v1/datasets?q=importzebre&count=true").Ok();
        Assert.Equal(3, (int)found["total"]!);

        // Running the same import again (an interrupted import re-run) stores nothing twice and says why.
        var again = await ImportAsync(json);
        Assert.Equal(0, again.Imported);
        Assert.Equal(3, again.Rejected.Count);
        Assert.All(again.Rejected, r => Assert.Contains("already exists", r.Reasons[0]));
        Assert.Single((await admin.GetAsync($"{url}/revisions").Ok()).AsArray());
    }

    [Fact]
    public async Task A_created_record_stores_its_first_change_list_as_the_marker_and_reads_it_back_whole()
    {
        var admin = factory.Admin();
        var draft = new JsonObject
        {
            ["organizationId"] = DemoCatalogue.Hdh.ToString(),
            ["title"] = new JsonObject { ["fr"] = "Premier état", ["en"] = "First state" },
            ["description"] = new JsonObject { ["fr"] = "Une description." },
            ["accessRights"] = "Public",
        };
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(draft)).Ok(HttpStatusCode.Created);
        var id = (string)created["id"]!;
        Assert.Equal(RevisionEntity.WholeDocument, await StoredChangesAsync(Guid.Parse(id), 1));
        Assert.Equal(RevisionEntity.SameAsRecord, await StoredDocumentAsync(Guid.Parse(id), 1));

        var url = $"/api/v1/datasets/{id}";
        var r = await admin.GetAsync(url);
        var doc = await r.ReadJson();
        doc["title"]!["fr"] = "Second état";
        await admin.SendAsync(TestHttp.Put(url, doc, r.ETag())).Ok();

        var revisions = (await admin.GetAsync($"{url}/revisions").Ok()).AsArray();
        Assert.Equal(2, revisions.Count);
        var create = revisions[1]!;
        Assert.Equal("create", (string)create["action"]!);
        var whole = Assert.Single(create["changes"]!.AsArray())!;
        Assert.Equal("", (string)whole["path"]!);
        Assert.Null(whole["before"]);
        Assert.Equal("Premier état", (string)whole["after"]!["title"]!["fr"]!);
        Assert.Equal(1, (int)whole["after"]!["revision"]!);
        var update = revisions[0]!["changes"]!.AsArray();
        Assert.Contains(update, c => (string)c!["path"]! == "title.fr" && (string)c["after"]! == "Second état");
        var diff = (await admin.GetAsync($"{url}/revisions/1/diff/2").Ok()).AsArray();
        Assert.Contains(diff, c => (string)c!["path"]! == "title.fr" && (string)c["before"]! == "Premier état");

        // The change copied the first document into its revision before replacing the record's.
        Assert.Equal("Premier état", RecordJson.Deserialize(await StoredDocumentAsync(Guid.Parse(id), 1)).Title.Get("fr"));
        Assert.Equal("Premier état", (string)(await admin.GetAsync($"{url}/revisions/1").Ok())["record"]!["title"]!["fr"]!);
        Assert.Equal("Second état", (string)(await admin.GetAsync($"{url}/revisions/2").Ok())["record"]!["title"]!["fr"]!);
    }
}

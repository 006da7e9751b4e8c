using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.Udata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// The window the pending-create token exists for: data.gouv.fr created the dataset but we never heard back.
/// The next attempt must find it by our id in its extras and adopt it, not create a second one.
/// </summary>
public sealed class UdataCrashRecoveryTests(UdataSyncFactory factory) : IClassFixture<UdataSyncFactory>
{
    [Fact]
    public async Task A_create_whose_answer_was_lost_is_adopted_on_retry()
    {
        var admin = factory.Admin();
        var emulator = factory.Emulator;
        await SyncProbe.DrainedAsync(admin);

        // Creation refused (read-only mode) right after the intent was committed: the intent stays.
        emulator.Faults.ReadOnly = true;
        var created = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(UdataFaultTests.NewRecord("crash"))).Ok(System.Net.HttpStatusCode.Created);
        var id = Guid.Parse((string)created["id"]!);
        string? token = null;
        await SyncProbe.WaitUntilAsync(async () => (token = (await RowAsync(id))?.PendingCreateToken) is not null && await AttemptsAsync(id) > 0,
            "a create attempt to fail with its intent recorded");

        // What the lost call did on the other side: the dataset exists, carrying our id and the token.
        var remoteId = UdataEmulatorState.NewObjectId();
        emulator.State.SeedDataset(new JsonObject
        {
            ["id"] = remoteId, ["title"] = (string?)created["title"]!["fr"], ["description"] = "…", ["private"] = true, ["deleted"] = null, ["archived"] = null,
            ["tags"] = new JsonArray(), ["resources"] = new JsonArray(), ["license"] = "notspecified", ["frequency"] = "unknown",
            ["organization"] = new JsonObject { ["id"] = UdataEmulatorOptions.DemoOrganizationId, ["name"] = UdataEmulatorOptions.DemoOrganizationName },
            ["extras"] = new JsonObject { ["catalogue:id"] = id.ToString(), ["catalogue:push-token"] = token },
            ["created_at"] = "2026-01-01T00:00:00.000000+00:00", ["last_modified"] = "2026-01-01T00:00:00.000000+00:00",
            ["internal"] = new JsonObject { ["created_at_internal"] = "2026-01-01T00:00:00.000000+00:00", ["last_modified_internal"] = "2026-01-01T00:00:00.000000+00:00" },
        });
        // Still read-only: a further create would fail, so only the search by our id can link it.
        await SyncProbe.WaitUntilAsync(async () => (await RowAsync(id))?.RemoteId == remoteId, "the dataset to be adopted");
        emulator.Faults.Clear();
        await SyncProbe.DrainedAsync(admin);

        var copies = Assert.Single(SyncProbe.RemoteByCatalogueId(emulator)[id]);
        Assert.Equal(remoteId, (string?)copies["id"]);
        Assert.Contains(emulator.Faults.Requests, r => r.Method == "GET" && r.Path == "/api/1/datasets/" && r.Query.Contains(UdataEmulatorOptions.DemoOrganizationId));
        Assert.Equal((string?)created["title"]!["fr"], (string?)copies["title"]);
        Assert.Null((await RowAsync(id))!.PendingCreateToken);
    }

    private async Task<Catalogue.Api.Infrastructure.Entities.SyncStateEntity?> RowAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.SyncStates.AsNoTracking().FirstOrDefaultAsync(s => s.DatasetId == id && s.Target == "udata");
    }

    private async Task<int> AttemptsAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.Outbox.Where(m => m.DatasetId == id && m.Target == "udata").SumAsync(m => m.Attempts);
    }
}

using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Sync;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.Udata;
using Catalogue.Sync.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// Onboarding goes through the bulk import, a batch at a time, each batch committed with its links: an onboarding
/// stopped after its first batch and run again leaves every dataset imported once, nothing queued for data.gouv.fr,
/// nothing written there, and a later incremental pull touches only what changed remotely.
/// </summary>
public sealed class UdataBulkOnboardingTests(UdataSyncFactory factory) : IClassFixture<UdataSyncFactory>
{
    private const int Count = 1200; // three batches of UdataPuller.BatchSize (500)

    [Fact]
    public async Task An_interrupted_onboarding_run_again_imports_each_dataset_once_and_queues_nothing()
    {
        var admin = factory.Admin();
        admin.Timeout = TimeSpan.FromMinutes(10);
        await SyncProbe.DrainedAsync(admin);
        var state = factory.Emulator.State;
        var udataOrg = state.AddOrganization("Observatoire de la santé bulk", acronym: "OSB");
        var remoteIds = Seed(state, udataOrg);
        var org = await admin.PostAsync("/api/v1/organizations", TestHttp.Json(new JsonObject
        {
            ["slug"] = "osb", ["name"] = "Observatoire de la santé bulk", ["acronym"] = "OSB", ["udataId"] = udataOrg,
            ["contactPoint"] = new JsonObject { ["email"] = "contact@osb.example.org" },
        })).Ok(System.Net.HttpStatusCode.Created);
        var orgId = Guid.Parse((string)org["id"]!);
        var writesBefore = Writes(factory.Emulator);

        // The first run stops once its first batch is committed, as a kill would.
        using (var stop = new CancellationTokenSource())
        {
            var progress = new StopAfterImports(500, stop);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PullAsync(new PullRequest(orgId, null, true, progress), stop.Token));
        }
        var partial = await CountsAsync(orgId);
        Assert.InRange(partial.Datasets, 500, Count - 1);
        Assert.Equal(partial.Datasets, partial.Links);
        Assert.Null(await CursorAsync(udataOrg)); // the cursor waits for a whole listing

        var report = await PullAsync(new PullRequest(orgId, null, true), CancellationToken.None);
        Assert.Equal(Count, report.Seen);
        Assert.Equal(Count - partial.Datasets, report.Imported);
        Assert.Equal(partial.Datasets, report.Unchanged);

        var done = await CountsAsync(orgId);
        Assert.Equal(Count, done.Datasets);
        Assert.Equal(Count, done.Links);
        Assert.Equal(Count, done.DistinctRemoteIds);
        Assert.Equal(0, done.PendingOutbox);
        Assert.Equal(0, done.NotSynced);
        Assert.NotNull(await CursorAsync(udataOrg));
        await SyncProbe.DrainedAsync(admin, TimeSpan.FromMinutes(3));
        Assert.Equal(writesBefore, Writes(factory.Emulator));

        // Three website edits: the next pull sees and updates exactly those.
        var edited = new[] { remoteIds[3], remoteIds[600], remoteIds[1100] };
        using (var website = new HttpClient { BaseAddress = factory.Emulator.BaseAddress })
            foreach (var id in edited)
                (await website.PostAsync($"_emulator/datasets/{id}/human-edit", TestHttp.Json(new JsonObject { ["title"] = $"Indicateur révisé {id}" })))
                    .EnsureSuccessStatusCode();
        var incremental = await PullAsync(new PullRequest(orgId, null, false), CancellationToken.None);
        Assert.Equal(3, incremental.Seen);
        Assert.Equal(3, incremental.Updated);
        Assert.Equal(0, incremental.Imported);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var revised = await db.Datasets.AsNoTracking().Where(d => d.OrganizationId == orgId && d.Revision > 1).Select(d => d.UdataId).ToListAsync();
            Assert.Equal(edited.Order(), revised.Order());
        }
    }

    private async Task<PullReport> PullAsync(PullRequest request, CancellationToken ct)
    {
        using var scope = factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<SyncCommands>();
        return await commands.PullAsync(commands.Find("udata")!, request, ct);
    }

    private async Task<(int Datasets, int Links, int DistinctRemoteIds, int PendingOutbox, int NotSynced)> CountsAsync(Guid orgId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var ids = db.Datasets.Where(d => d.OrganizationId == orgId).Select(d => d.Id);
        var links = db.SyncStates.Where(s => s.Target == "udata" && s.RemoteId != null && ids.Contains(s.DatasetId));
        return (await ids.CountAsync(), await links.CountAsync(), await links.Select(s => s.RemoteId).Distinct().CountAsync(),
            await db.Outbox.CountAsync(m => m.Target == "udata" && m.ProcessedAt == null && ids.Contains(m.DatasetId)),
            await links.CountAsync(s => s.Status != SyncStatuses.Synced || s.LastPushedSnapshot == null));
    }

    private async Task<DateTimeOffset?> CursorAsync(string udataOrg)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SyncStateStore>().GetCursorAsync("udata", udataOrg, CancellationToken.None);
    }

    private static int Writes(UdataEmulator emulator) => emulator.Faults.Requests.Count(r => r.Method is "POST" or "PUT" or "DELETE");

    /// <summary>Cancels the pull once it reports <paramref name="imports"/> imported datasets (reports come after each batch).</summary>
    private sealed class StopAfterImports(int imports, CancellationTokenSource stop) : IProgress<PullProgress>
    {
        public void Report(PullProgress value)
        {
            if (value.Imported >= imports) stop.Cancel();
        }
    }

    private static List<string> Seed(UdataEmulatorState state, string udataOrg)
    {
        var ids = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            var id = "b" + i.ToString("x23");
            ids.Add(id);
            state.SeedDataset(RemoteIndicators.Indicator(i, id, udataOrg, "Observatoire de la santé bulk", "osb", "Indicateur bulk",
                new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        }
        return ids;
    }
}

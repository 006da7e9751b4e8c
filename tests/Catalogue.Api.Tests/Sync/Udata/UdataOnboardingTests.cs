using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.Udata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>An organisation already on data.gouv.fr with 2,000 datasets joins the catalogue.</summary>
public sealed class UdataOnboardingTests(UdataSyncFactory factory) : IClassFixture<UdataSyncFactory>
{
    private const int Count = 2000;

    [Fact]
    public async Task Onboarding_imports_every_dataset_once_and_changes_nothing_on_data_gouv_fr()
    {
        var admin = factory.Admin();
        // Onboarding 2,000 datasets is one synchronous call: on a loaded 2-core CI machine it can pass
        // HttpClient's default 100 s, which would cancel the request rather than test it.
        admin.Timeout = TimeSpan.FromMinutes(10);
        await SyncProbe.DrainedAsync(admin);
        var state = factory.Emulator.State;
        var udataOrg = state.AddOrganization("Observatoire régional de santé", acronym: "ORS");
        Seed(state, udataOrg);
        var org = await admin.PostAsync("/api/v1/organizations", TestHttp.Json(new JsonObject
        {
            ["slug"] = "ors", ["name"] = "Observatoire régional de santé", ["acronym"] = "ORS", ["udataId"] = udataOrg,
            ["contactPoint"] = new JsonObject { ["email"] = "contact@ors.example.org" },
        })).Ok(System.Net.HttpStatusCode.Created);
        var orgId = Guid.Parse((string)org["id"]!);
        var writesBefore = Writes(factory.Emulator);

        var report = await admin.PostAsync("/api/v1/sync/udata/pull?organization=ors&onboard=true", null).Ok();

        Assert.Equal(Count, (int)report["imported"]!);
        await SyncProbe.DrainedAsync(admin, TimeSpan.FromMinutes(3));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            Assert.Equal(Count, await db.Datasets.CountAsync(d => d.OrganizationId == orgId));
            Assert.Equal(Count, await db.SyncStates.Where(s => s.Target == "udata" && s.RemoteId != null && s.Status == "synced")
                .Join(db.Datasets.Where(d => d.OrganizationId == orgId), s => s.DatasetId, d => d.Id, (s, d) => s.RemoteId).Distinct().CountAsync());
            var one = await db.Datasets.AsNoTracking().Where(d => d.OrganizationId == orgId && d.UdataId == "0000000000000000000000" + "07").Select(d => d.Document).SingleAsync();
            var record = JsonNode.Parse(one)!;
            Assert.Equal("Indicateur de santé n°7", (string?)record["title"]!["fr"]);
            Assert.Equal("ANNUAL", (string?)record["frequency"]);
        }
        Assert.Equal(writesBefore, Writes(factory.Emulator));

        var again = await admin.PostAsync("/api/v1/sync/udata/pull?organization=ors", null).Ok();
        Assert.Equal(0, (int)again["imported"]!);
        Assert.Equal(0, (int)again["seen"]!);
    }

    private static int Writes(UdataEmulator emulator) => emulator.Faults.Requests.Count(r => r.Method is "POST" or "PUT" or "DELETE");

    private static void Seed(UdataEmulatorState state, string udataOrg)
    {
        for (var i = 0; i < Count; i++)
            state.SeedDataset(RemoteIndicators.Indicator(i, i.ToString("x24"), udataOrg, "Observatoire régional de santé", "ors", "Indicateur de santé",
                new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}

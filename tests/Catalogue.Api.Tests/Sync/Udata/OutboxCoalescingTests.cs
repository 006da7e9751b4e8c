using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Sync.Outbox;
using Catalogue.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>A server whose background dispatcher sleeps once the seed is pushed, so tests drive the outbox by hand.</summary>
public sealed class IdleDispatcherFactory : UdataSyncFactory
{
    protected override double PollSeconds => 3600;
}

/// <summary>Outbox mechanics: leases are exclusive and ordered per dataset; several edits cost one push.</summary>
public sealed class OutboxCoalescingTests(IdleDispatcherFactory factory) : IClassFixture<IdleDispatcherFactory>
{
    private static readonly Guid Cohort = new("d5e70000-0000-4000-8000-000000000003");

    [Fact]
    public async Task Three_edits_in_a_row_are_pushed_once_with_the_latest_state()
    {
        var admin = factory.Admin();
        await SyncProbe.DrainedAsync(admin);
        var remoteId = (string)(await SyncProbe.SyncStateAsync(admin, Cohort))["remoteId"]!;
        foreach (var n in new[] { 1, 2, 3 })
            await SyncProbe.EditAsync(admin, Cohort, r => r["title"]!["fr"] = $"Cohorte, édition {n}");
        var putsBefore = Puts(remoteId);

        await admin.PostAsync("/api/v1/sync/udata/push", null).Ok();

        Assert.Equal(1, Puts(remoteId) - putsBefore);
        Assert.Equal("Cohorte, édition 3", (string?)factory.Emulator.State.GetDatasetDocument(remoteId)!["title"]);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(0, await db.Outbox.CountAsync(m => m.DatasetId == Cohort && m.ProcessedAt == null));
    }

    [Fact]
    public async Task A_lease_is_exclusive_and_only_the_oldest_item_of_a_dataset_can_be_leased()
    {
        var admin = factory.Admin();
        await SyncProbe.DrainedAsync(admin);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var now = DateTime.UtcNow;
        var first = new OutboxMessageEntity { Target = "test-target", Operation = "update", DatasetId = Cohort, CreatedAt = now, NextAttemptAt = now };
        var second = new OutboxMessageEntity { Target = "test-target", Operation = "update", DatasetId = Cohort, CreatedAt = now, NextAttemptAt = now };
        db.Outbox.AddRange(first, second);
        await db.SaveChangesAsync();

        var a = new OutboxLease("worker-a", now, now.AddMinutes(1));
        var b = new OutboxLease("worker-b", now, now.AddMinutes(1));
        Assert.False(await OutboxLeasing.TryLeaseAsync(db, second.Id, a, default)); // not the head of its dataset
        Assert.True(await OutboxLeasing.TryLeaseAsync(db, first.Id, a, default));
        Assert.False(await OutboxLeasing.TryLeaseAsync(db, first.Id, b, default)); // already leased
        var later = new OutboxLease("worker-b", now.AddMinutes(2), now.AddMinutes(3));
        Assert.True(await OutboxLeasing.TryLeaseAsync(db, first.Id, later, default)); // the first lease expired
        await db.Outbox.Where(m => m.Target == "test-target").ExecuteDeleteAsync();
    }

    private int Puts(string remoteId) =>
        factory.Emulator.Faults.Requests.Count(r => r.Method == "PUT" && r.Path == $"/api/1/datasets/{remoteId}/");
}

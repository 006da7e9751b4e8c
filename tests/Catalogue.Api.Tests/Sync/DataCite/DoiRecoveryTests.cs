using System.Net;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.Sync.DataCite;

[Collection(DataCiteCollection.Name)]
public sealed class DoiRecoveryTests(DataCiteApiFixture fx)
{
    [Fact]
    public async Task Rate_limits_and_server_errors_are_retried_until_the_push_goes_through()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!;
        using var admin = fx.Admin();
        fx.Emulator.Faults.FailNextWith429(2, TimeSpan.FromSeconds(1));
        string doi = (string)(await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created))["doi"]!;
        Assert.Equal(0, fx.Emulator.Faults.Pending429);

        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();
        // More 5xx than the client retries: the outbox item fails, stays queued, and goes through on the next round.
        int injected = fx.Emulator.Faults.InjectedCount;
        fx.Emulator.Faults.FailNextWithServerError(8, 503);
        await fx.DrainOutboxAsync();
        Assert.True(fx.Emulator.Faults.InjectedCount > injected);
        var failed = await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok();
        Assert.Equal("error", (string?)failed["syncStatus"]);
        Assert.Contains("503", (string?)failed["lastError"]);

        fx.Emulator.Faults.Reset();
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // past the dispatcher's retry back-off (1 s in these tests)
        await fx.DrainOutboxAsync();
        Assert.Equal("findable", (string?)fx.Emulator.State.GetAttributes(doi)!["state"]);
        Assert.Equal("synced", (string?)(await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok())["syncStatus"]);
    }

    [Fact]
    public async Task A_crash_after_datacite_created_the_doi_never_mints_a_second_one()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!, slug = (string)draft["slug"]!;
        using var admin = fx.Admin();

        fx.Crash.ArmAfterNextPut();
        var crashed = await admin.PostAsync($"/api/v1/datasets/{id}/doi", null);
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        var minted = Assert.Single(await fx.DoisForSlugAsync(slug));
        Assert.Null((string?)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["doi"]);
        Assert.Equal(minted, (string?)(await admin.GetAsync($"/api/v1/datasets/{id}/doi").Ok())["pendingDoi"]);

        // The "restarted" worker finishes the reservation from the recorded intent: the same DOI, not a new one.
        await fx.DrainOutboxAsync();
        Assert.Equal(minted, (string?)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["doi"]);
        Assert.Single(await fx.DoisForSlugAsync(slug));

        // Asking again is idempotent too.
        await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.OK);
        Assert.Single(await fx.DoisForSlugAsync(slug));
    }

    [Fact]
    public async Task A_new_major_version_gets_its_own_doi_linked_both_ways_to_the_previous_one()
    {
        var draft = await fx.NewDraftAsync("passages-urgences-oscour");
        string id = (string)draft["id"]!;
        using var admin = fx.Admin();
        string v1 = (string)(await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created))["doi"]!;
        await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Ok();

        var next = await admin.PostAsync($"/api/v1/datasets/{id}/new-version", null).Ok(HttpStatusCode.Created);
        await fx.DrainOutboxAsync();

        string v2 = (string)next["doi"]!;
        Assert.NotEqual(v1, v2);
        Assert.Equal(id, (string?)next["previousVersionId"]);
        // The series has a concept DOI of its own (not v1's), carried by both versions.
        string concept = (string)next["conceptDoi"]!;
        Assert.NotEqual(v1, concept);
        Assert.Equal(concept, (string?)(await admin.GetAsync($"/api/v1/datasets/{id}").Ok())["conceptDoi"]);
        Assert.Equal("2.0", (string?)next["version"]);
        var newer = fx.Emulator.State.GetAttributes(v2)!["relatedIdentifiers"]!.AsArray();
        Assert.Contains(newer, r => (string?)r!["relationType"] == "IsNewVersionOf" && (string?)r["relatedIdentifier"] == v1);
        var older = fx.Emulator.State.GetAttributes(v1)!["relatedIdentifiers"]!.AsArray();
        Assert.Contains(older, r => (string?)r!["relationType"] == "IsPreviousVersionOf" && (string?)r["relatedIdentifier"] == v2);
    }
}

using System.Net;
using System.Text.Json;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Sync.DataCite;

[Collection(DataCiteCollection.Name)]
public sealed class DoiValidationGateTests(DataCiteApiFixture fx)
{
    [Fact]
    public async Task Publishing_metadata_that_fails_the_xsd_is_refused_with_field_errors_before_any_datacite_call()
    {
        using var admin = fx.Admin();
        // An organisation left without a name (as a migration may leave it): DataCite's publisher would be
        // empty, which kernel-4.6 forbids, though the record itself is fine.
        var orgBody = new System.Text.Json.Nodes.JsonObject
        {
            ["slug"] = $"nameless-{Guid.NewGuid():N}", ["name"] = "Temporaire", ["contactPoint"] = new System.Text.Json.Nodes.JsonObject { ["email"] = "x@example.org" },
        };
        var org = await admin.PostAsync("/api/v1/organizations", TestHttp.Json(orgBody)).Ok(HttpStatusCode.Created);
        var orgId = Guid.Parse((string)org["id"]!);
        var draft = await fx.NewDraftAsync("passages-urgences-oscour", r =>
        {
            r["organizationId"] = orgId.ToString();
        });
        string id = (string)draft["id"]!;
        await admin.PostAsync($"/api/v1/datasets/{id}/doi", null).Ok(HttpStatusCode.Created);
        using (var scope = fx.Api.Services.CreateScope())
        {
            var db = fx.Db(scope);
            var row = await db.Organizations.SingleAsync(o => o.Id == orgId);
            var document = JsonSerializer.Deserialize(row.Document, RecordJsonContext.Default.Organization)!;
            document.Name = "";
            row.Document = JsonSerializer.Serialize(document, RecordJsonContext.Default.Organization);
            row.Name = "";
            await db.SaveChangesAsync();
        }

        int requestsBefore = fx.Emulator.State.ApiRequestCount;
        var problem = await admin.PostAsync($"/api/v1/datasets/{id}/publish", null).Problem(HttpStatusCode.UnprocessableEntity, "datacite.publisher");

        Assert.Contains("MinLength", problem["errors"]!["datacite.publisher"]![0]!.ToString());
        Assert.Equal(requestsBefore, fx.Emulator.State.ApiRequestCount);
        var report = await admin.GetAsync($"/api/v1/datasets/{id}/validation").Ok();
        Assert.Contains("datacite.publisher", report.ToJsonString());
    }
}

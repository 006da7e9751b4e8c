using System.Text.Json.Nodes;

namespace Catalogue.Api.Tests.Infrastructure;

public static class Keys
{
    public static async Task<string> EditorAsync(CatalogueApiFactory factory, params Guid[] orgs)
    {
        var body = new JsonObject { ["name"] = "test editor", ["role"] = "editor", ["organizations"] = new JsonArray(orgs.Select(o => (JsonNode)o.ToString()).ToArray()) };
        var created = await factory.Admin().PostAsync("/api/v1/keys", TestHttp.Json(body)).Ok(System.Net.HttpStatusCode.Created);
        return (string)created["key"]!;
    }
}

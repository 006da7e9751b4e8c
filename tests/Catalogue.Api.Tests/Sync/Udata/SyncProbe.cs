using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.Udata;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>Reads both sides: the server's sync status over REST and the emulator's stored datasets.</summary>
public static class SyncProbe
{
    /// <summary>Waits until the outbox for udata is empty (every item pushed); fails with the last status otherwise.</summary>
    public static async Task<JsonNode> DrainedAsync(HttpClient admin, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        JsonNode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/sync/status"))!.Single(t => (string?)t!["target"] == "udata")!;
                if ((int)last["pending"]! == 0) return last;
            }
            catch (HttpRequestException) { /* the server may be restarting */ }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The outbox did not drain: {last?.ToJsonString()}");
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting for " + what);
            await Task.Delay(100);
        }
    }

    /// <summary>Emulator datasets (not deleted) by the catalogue id in their extras.</summary>
    public static Dictionary<Guid, List<JsonObject>> RemoteByCatalogueId(UdataEmulator emulator) =>
        emulator.State.DatasetIds.Select(emulator.State.GetDatasetDocument).OfType<JsonObject>()
            .Where(d => d["deleted"] is null)
            .Select(d => (Id: Guid.TryParse((string?)d["extras"]?["catalogue:id"], out var g) ? g : Guid.Empty, Doc: d))
            .Where(x => x.Id != Guid.Empty)
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Select(x => x.Doc).ToList());

    public static async Task<JsonObject> SyncStateAsync(HttpClient client, Guid id) =>
        (JsonObject)(await client.GetFromJsonAsync<JsonArray>($"/api/v1/datasets/{id}/sync"))!.Single(s => (string?)s!["target"] == "udata")!;

    public static async Task<JsonArray> RevisionsAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonArray>($"/api/v1/datasets/{id}/revisions"))!;

    public static async Task<(JsonNode Record, string ETag)> GetAsync(HttpClient client, Guid id)
    {
        var r = await client.GetAsync($"/api/v1/datasets/{id}");
        r.EnsureSuccessStatusCode();
        return (await r.ReadJson(), r.ETag()!);
    }

    /// <summary>Edits the record over REST as an editor would (If-Match).</summary>
    public static async Task<JsonNode> EditAsync(HttpClient admin, Guid id, Action<JsonNode> change)
    {
        var (record, etag) = await GetAsync(admin, id);
        change(record);
        return await admin.SendAsync(TestHttp.Put($"/api/v1/datasets/{id}", record, etag)).Ok();
    }

    public static async Task HumanEditAsync(UdataEmulator emulator, string remoteId, JsonObject fields)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        (await http.PostAsync($"_emulator/datasets/{remoteId}/human-edit", TestHttp.Json(fields))).EnsureSuccessStatusCode();
    }
}

using System.Net;
using System.Net.Http.Headers;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Tests.Dcat;

/// <summary>HTTP helpers for the feed tests: fetch a document in a syntax, save it for an oracle, create and publish a record.</summary>
public static class DcatTestClient
{
    public static async Task<string> GetTextAsync(this HttpClient client, string url, string? accept = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body;
    }

    public static string SaveTemp(string content, string extension)
    {
        var dir = Path.Combine(Path.GetTempPath(), "catalogue-dcat-tests");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, Guid.NewGuid().ToString("N") + "." + extension);
        File.WriteAllText(file, content);
        return file;
    }

    /// <summary>Creates the record through REST as admin and publishes it.</summary>
    public static async Task PublishAsync(CatalogueApiFactory factory, DatasetRecord record)
    {
        var admin = factory.Admin();
        var content = new StringContent(RecordJson.Serialize(record), System.Text.Encoding.UTF8, "application/json");
        var created = await admin.PostAsync("/api/v1/datasets", content).Ok(HttpStatusCode.Created);
        await admin.SendAsync(TestHttp.Post($"/api/v1/datasets/{created["id"]}/publish")).Ok();
    }

    public static HttpRequestMessage Import(string url, string body, string mediaType) =>
        new(HttpMethod.Post, url) { Content = new StringContent(body, new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" }) };
}

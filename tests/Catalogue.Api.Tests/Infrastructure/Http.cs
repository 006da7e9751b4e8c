using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Api.Tests.Infrastructure;

/// <summary>Small helpers that keep tests about behaviour, not plumbing.</summary>
public static class TestHttp
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
    public static StringContent Json(JsonNode node) => Json(node.ToJsonString());

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage r) =>
        JsonNode.Parse(await r.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body");

    public static async Task<JsonNode> Ok(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var r = await call;
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"Expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    /// <summary>Asserts a problem+json response with the status and, when given, an error on that field path.</summary>
    public static async Task<JsonNode> Problem(this Task<HttpResponseMessage> call, HttpStatusCode status, string? field = null)
    {
        var r = await call;
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"Expected {(int)status}, got {(int)r.StatusCode}: {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var node = JsonNode.Parse(body)!;
        if (field is not null)
        {
            var errors = node["errors"]?.AsObject();
            Assert.True(errors is not null && errors.ContainsKey(field), $"Expected an error on '{field}', got: {body}");
        }
        return node;
    }

    public static HttpRequestMessage Put(string url, JsonNode body, string? etag) => WithIfMatch(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(body) }, etag);
    public static HttpRequestMessage Post(string url, JsonNode? body = null, string? etag = null) =>
        WithIfMatch(new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : Json(body) }, etag);

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage m, string? etag)
    {
        if (etag is not null) m.Headers.TryAddWithoutValidation("If-Match", etag);
        return m;
    }

    public static string? ETag(this HttpResponseMessage r) => r.Headers.ETag?.ToString();
}

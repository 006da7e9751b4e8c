using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>Posts GraphQL requests and reads the response, keeping tests about the graph rather than HTTP.</summary>
public static class GraphQLHttp
{
    public static async Task<JsonNode> GraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = System.Text.Json.JsonSerializer.SerializeToNode(variables);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = TestHttp.Json(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty GraphQL response");
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var result = await client.GraphQLAsync(query, variables);
        Assert.True(result["errors"] is null, $"Unexpected errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    /// <summary>The first error of a response that must have one, checked for its extensions.code.</summary>
    public static async Task<JsonNode> ErrorAsync(this HttpClient client, string code, string query, object? variables = null)
    {
        var result = await client.GraphQLAsync(query, variables);
        var errors = result["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, $"Expected an error {code}, got {result.ToJsonString()}");
        Assert.Contains(errors!, e => (string?)e!["extensions"]?["code"] == code);
        return errors!.First(e => (string?)e!["extensions"]?["code"] == code)!;
    }

    public static IReadOnlyList<JsonNode> Nodes(this JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!).ToList();
}

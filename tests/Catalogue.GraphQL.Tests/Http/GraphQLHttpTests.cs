using System.Net;
using System.Text;
using System.Text.Json;

namespace Catalogue.GraphQL.Tests.Http;

public class GraphQLHttpTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    private async Task<HttpResponseMessage> Post(string body, string accept = "application/graphql-response+json", string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await server.Client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> Get(string queryString, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, server.Url + queryString);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> Body(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Post_executes_and_answers_with_the_requested_media_type()
    {
        var response = await Post("""{"query":"query ($t: String) { echo(text: $t) }","variables":{"t":"hi"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"data":{"echo":"hi"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_accept_means_application_json()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent("""{"query":"{ echo }"}""", Encoding.UTF8, "application/json") };
        var response = await server.Client.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Request_errors_are_400_without_data_for_graphql_response_json()
    {
        var response = await Post("""{"query":"{ echo"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Body(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.StartsWith("Syntax Error:", body.GetProperty("errors")[0].GetProperty("message").GetString());

        var invalid = await Post("""{"query":"{ unknownField }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (await Body(invalid)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Request_errors_are_200_for_application_json()
    {
        var response = await Post("""{"query":"{ echo"}""", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await Body(response)).TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Field_errors_with_data_are_200()
    {
        var response = await Post("""{"query":"{ nullableAuthors { failing } }"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Body(response);
        Assert.Equal(JsonValueKind.Object, body.GetProperty("data").ValueKind);
        Assert.Equal(2, body.GetProperty("errors").GetArrayLength());
    }

    [Theory]
    [InlineData("{not json", "Request body is not valid JSON.")]
    [InlineData("""{"query": 1}""", "The \"query\" parameter must be a string.")]
    [InlineData("""{"query": "{ echo }", "variables": []}""", "The \"variables\" parameter must be an object or null.")]
    [InlineData("""{"query": "{ echo }", "operationName": 3}""", "The \"operationName\" parameter must be a string or null.")]
    [InlineData("""{"query": "{ echo }", "extensions": "x"}""", "The \"extensions\" parameter must be an object or null.")]
    [InlineData("""[{"query": "{ echo }"}]""", "Batched requests are not enabled.")]
    public async Task Malformed_requests_are_400(string body, string message)
    {
        var response = await Post(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await Body(response)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unsupported_content_type_is_415_and_unacceptable_accept_is_406()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Post("query=x", contentType: "text/plain")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Post("{}", contentType: "application/json; charset=latin1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Post("""{"query":"{ echo }"}""", accept: "text/plain")).StatusCode);
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations()
    {
        var query = await Get("?query=" + Uri.EscapeDataString("query Q($t: String) { echo(text: $t) }") + "&variables=" + Uri.EscapeDataString("""{"t":"g"}"""));
        Assert.Equal("""{"data":{"echo":"g"}}""", await query.Content.ReadAsStringAsync());

        var mutation = await Get("?query=" + Uri.EscapeDataString("mutation { step(name: \"x\") }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal("POST", mutation.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Max_depth_limit_rejects_deep_queries_as_request_errors()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post("""{"query":"{ books { id } }"}""")).StatusCode);

        var response = await Post("""{"query":"{ books { author { id } } }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Body(response)).GetProperty("errors")[0];
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Browsers_get_the_explorer_page()
    {
        var response = await Get("", accept: "text/html,application/xhtml+xml");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<textarea id=\"query\"", html);
        Assert.Contains("__schema", html);
        Assert.DoesNotContain("https://", html);
    }
}

using System.Net;
using Catalogue.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>A host whose GraphQL limits are tight, to see each one refuse a request before it runs.</summary>
public sealed class TightGraphQLFactory : CatalogueApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["GraphQL:MaxDepth"] = "6",
        ["GraphQL:MaxCost"] = "500",
        ["GraphQL:MaxPageSize"] = "10",
        ["GraphQL:IntrospectionEnabled"] = "false",
    };
}

/// <summary>Depth, cost, page size and introspection limits from the "GraphQL" configuration section.</summary>
public sealed class GraphQLProtectionTests(TightGraphQLFactory factory) : IClassFixture<TightGraphQLFactory>
{
    [Fact]
    public async Task Too_deep_a_query_is_refused_before_it_runs()
    {
        var result = await factory.Anonymous().GraphQLAsync(
            "{ datasets(first: 1) { edges { node { publisher { datasets(first: 1) { nodes { slug } } } } } } }");
        Assert.Null(result["data"]);
        Assert.Contains("depth", (string)result["errors"]![0]!["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_costly_a_query_is_refused_with_its_cost()
    {
        var result = await factory.Anonymous().GraphQLAsync("{ datasets(first: 10) { nodes { title keywords distributions { format title byteSize } } } }");
        Assert.Null(result["data"]);
        var error = result["errors"]![0]!;
        Assert.Equal("COST_LIMIT_EXCEEDED", (string)error["extensions"]!["code"]!);
        Assert.True((double)error["extensions"]!["cost"]! > 500);
        var cheap = await factory.Anonymous().DataAsync("{ datasets(first: 2) { nodes { slug } } }");
        Assert.Equal(2, cheap["datasets"]!.Nodes().Count);
    }

    [Fact]
    public async Task The_page_size_limit_comes_from_configuration()
    {
        await factory.Anonymous().ErrorAsync("BAD_USER_INPUT", "{ datasets(first: 11) { totalCount } }");
        await factory.Anonymous().DataAsync("{ datasets(first: 10) { totalCount } }");
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_while_typename_still_works()
    {
        var result = await factory.Anonymous().GraphQLAsync("{ __schema { types { name } } }");
        Assert.Null(result["data"]);
        Assert.Equal("INTROSPECTION_DISABLED", (string)result["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("Query", (string)(await factory.Anonymous().DataAsync("{ __typename }"))["__typename"]!);
    }

    [Fact]
    public async Task Browsers_opening_the_endpoint_get_the_explorer_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await factory.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Limits outside their range stop the host at startup instead of serving with a broken guard.</summary>
public sealed class GraphQLOptionsValidationTests
{
    private sealed class BrokenGraphQLFactory : CatalogueApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["GraphQL:MaxPageSize"] = "0" };
    }

    [Fact]
    public async Task An_invalid_page_size_fails_at_startup()
    {
        await using var factory = new BrokenGraphQLFactory();
        await factory.InitializeAsync();
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("MaxPageSize", error.Message);
    }
}

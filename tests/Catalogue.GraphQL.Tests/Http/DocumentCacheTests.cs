using Catalogue.GraphQL.Http;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.GraphQL.Tests.Http;

/// <summary>Parsed and validated documents are reused, but rules reading variables still run on every request.</summary>
public class DocumentCacheTests
{
    private static readonly Catalogue.GraphQL.Types.Schema Schema = new SchemaBuilder()
        .Object("Query", t => t.Field("items", "[Item!]!", f => f.Argument("first", "Int")
            .Resolve(c => Enumerable.Range(0, c.GetArgument<int?>("first") ?? 2)
                .Select(i => (object?)new Dictionary<string, object?> { ["id"] = i.ToString() }).ToList())))
        .Object("Item", t => t.Field("id", "ID!"))
        .Query("Query")
        .Build();

    private static Task<GraphQLResponse> Run(GraphQLHttpOptions options, string query, Dictionary<string, object?>? variables = null)
        => GraphQLRequestExecutor.ExecuteAsync(new GraphQLRequest(query, null, variables), Schema, null, options, CancellationToken.None);

    [Fact]
    public async Task Cached_documents_still_check_the_cost_of_each_requests_variables()
    {
        var options = new GraphQLHttpOptions { Schema = Schema, MaxCost = 100 };
        const string query = "query ($n: Int) { items(first: $n) { id } }";

        var cheap = await Run(options, query, new() { ["n"] = 3 });
        Assert.False(cheap.IsRequestError);
        Assert.Equal(1, options.Documents.Count);

        var costly = await Run(options, query, new() { ["n"] = 1000 });
        Assert.True(costly.IsRequestError);
        Assert.Equal("COST_LIMIT_EXCEEDED", Assert.Single(costly.Result.Errors!).Extensions!["code"]);

        var again = await Run(options, query, new() { ["n"] = 2 });
        Assert.False(again.IsRequestError);
        Assert.Equal(2, ((System.Collections.IList)again.Result.Data!["items"]!).Count);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached_and_fail_every_time()
    {
        var options = new GraphQLHttpOptions { Schema = Schema };
        for (var i = 0; i < 2; i++)
        {
            var response = await Run(options, "{ items { nope } }");
            Assert.True(response.IsRequestError);
            Assert.Contains("nope", Assert.Single(response.Result.Errors!).Message);
        }
        Assert.Equal(0, options.Documents.Count);
    }

    [Fact]
    public async Task The_cache_is_bounded()
    {
        var options = new GraphQLHttpOptions { Schema = Schema, DocumentCacheSize = 2 };
        foreach (var alias in new[] { "a", "b", "c" }) Assert.False((await Run(options, $"{{ {alias}: items {{ id }} }}")).IsRequestError);
        Assert.Equal(2, options.Documents.Count);
        var disabled = new GraphQLHttpOptions { Schema = Schema, DocumentCacheSize = 0 };
        Assert.False((await Run(disabled, "{ items { id } }")).IsRequestError);
        Assert.Equal(0, disabled.Documents.Count);
    }
}

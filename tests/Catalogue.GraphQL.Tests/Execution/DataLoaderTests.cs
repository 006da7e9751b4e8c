using Catalogue.GraphQL.Execution;
using static Catalogue.GraphQL.Tests.Execution.TestSchema;

namespace Catalogue.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    [Fact]
    public async Task A_list_of_items_loads_its_children_in_one_batch()
    {
        var batches = new List<string>();
        var schema = Create(onBatch: batches.Add);

        var result = await Run(schema, "{ books { title author { name } } }");

        Assert.Null(result.Errors);
        Assert.Equal(["a1,a2"], batches); // three books, two distinct authors, one call
        Assert.Equal(
            """{"data":{"books":[{"title":"Notes","author":{"name":"Ada"}},{"title":"Compilers","author":{"name":"Grace"}},{"title":"Engines","author":{"name":"Ada"}}]}}""",
            Json(result));
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var batches = new List<string>();
        var schema = Create(onBatch: batches.Add);

        await Run(schema, "{ books { author { id } } }");
        await Run(schema, "{ books { author { id } } }");

        Assert.Equal(2, batches.Count);
    }

    [Fact]
    public async Task Standalone_loader_caches_keys_and_reports_failures()
    {
        var calls = 0;
        var loader = new DataLoader<int, string>((keys, _) =>
        {
            calls++;
            if (keys.Contains(13)) throw new InvalidOperationException("unlucky");
            IReadOnlyDictionary<int, string> values = keys.ToDictionary(k => k, k => $"v{k}");
            return Task.FromResult(values);
        });

        var one = loader.LoadAsync(1);
        var oneAgain = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        Assert.Same(one, oneAgain);
        await loader.DispatchAsync();
        Assert.Equal("v1", await one);
        Assert.Equal("v2", await two);
        Assert.Equal(1, calls);

        var bad = loader.LoadAsync(13);
        await loader.DispatchAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => bad);
    }
}

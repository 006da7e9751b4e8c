using Catalogue.GraphQL.Errors;
using static Catalogue.GraphQL.Tests.Execution.TestSchema;

namespace Catalogue.GraphQL.Tests.Execution;

public class OperationSelectionTests
{
    private readonly Catalogue.GraphQL.Types.Schema _schema = Create();

    [Fact]
    public async Task Several_operations_need_a_name()
    {
        var result = await Run(_schema, "query A { echo } query B { echo }");
        Assert.False(result.HasData);
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(result.Errors!).Message);
        Assert.Equal("""{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", Json(result));
    }

    [Fact]
    public async Task Unknown_operation_name_is_reported()
    {
        var result = await Run(_schema, "query A { echo }", operationName: "C");
        Assert.Equal("Unknown operation named \"C\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Named_operation_is_selected()
    {
        var result = await Run(_schema, "query A { a: echo(text: \"A\") } query B { b: echo(text: \"B\") }", operationName: "B");
        Assert.Equal("""{"data":{"b":"B"}}""", Json(result));
    }
}

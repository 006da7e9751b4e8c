using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Execution;
using static Catalogue.GraphQL.Tests.Execution.TestSchema;

namespace Catalogue.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private readonly Catalogue.GraphQL.Types.Schema _schema = Create();

    [Fact]
    public async Task Resolves_fields_in_selection_order_with_aliases_and_fragments()
    {
        var result = await Run(_schema, """
            { books(filter: {titleContains: "o"}) { t: title id ...P } __typename }
            fragment P on Book { pages }
            """);

        Assert.Null(result.Errors);
        Assert.Equal(
            """{"data":{"books":[{"t":"Notes","id":"b1","pages":10},{"t":"Compilers","id":"b2","pages":null}],"__typename":"Query"}}""",
            Json(result));
    }

    [Fact]
    public async Task Skip_and_include_use_literals_and_variables()
    {
        var result = await Run(_schema,
            "query ($no: Boolean!) { a: echo(text: \"a\") @skip(if: true) b: echo(text: \"b\") @include(if: $no) c: echo @include(if: true) }",
            """{"no": false}""");
        Assert.Equal("""{"data":{"c":"default"}}""", Json(result));
    }

    [Fact]
    public async Task Abstract_types_resolve_by_clr_type_name()
    {
        var result = await Run(_schema, """
            { search { __typename ... on Book { title } ... on Author { name } }
              publications { __typename title ... on Magazine { issue } } }
            """);
        Assert.Equal(
            """{"data":{"search":[{"__typename":"Book","title":"Notes"},{"__typename":"Author","name":"Grace"}],"publications":[{"__typename":"Book","title":"Compilers"},{"__typename":"Magazine","title":"Monthly","issue":7}]}}""",
            Json(result));
    }

    [Fact]
    public async Task Enums_serialise_internal_values_to_names()
    {
        var result = await Run(_schema, "{ a: color b: color(c: RED) }");
        Assert.Equal("""{"data":{"a":"GREEN","b":"RED"}}""", Json(result));
    }

    [Fact]
    public async Task Resolver_exception_becomes_located_field_error_with_null()
    {
        var result = await Run(_schema, "{ nullableAuthors {\n name failing } }");

        Assert.Equal(2, result.Errors!.Count);
        var error = result.Errors[0];
        Assert.Equal("author failure", error.Message);
        Assert.Equal(["nullableAuthors", 0, "failing"], error.Path!);
        Assert.Equal(2, error.Locations![0].Line);
        Assert.Equal(7, error.Locations[0].Column);
        Assert.StartsWith("""{"errors":[{"message":"author failure","locations":[{"line":2,"column":7}],"path":["nullableAuthors",0,"failing"]}""", Json(result));
    }

    [Fact]
    public async Task Null_in_non_null_field_propagates_to_nearest_nullable_parent()
    {
        var nullableItems = await Run(_schema, "{ nullableAuthors { failingNonNull } }");
        Assert.Equal("""{"nullableAuthors":[null,null]}""", System.Text.Json.JsonSerializer.Serialize(nullableItems.Data));
        Assert.Equal(2, nullableItems.Errors!.Count);
        Assert.Equal("Cannot return null for non-nullable field Author.failingNonNull.", nullableItems.Errors[0].Message);

        var strictItems = await Run(_schema, "{ strictAuthors { failingNonNull } echo }");
        Assert.Null(strictItems.Data!["strictAuthors"]);
        Assert.Equal("default", strictItems.Data["echo"]);

        var rootNull = await Run(_schema, "{ books { author { id } title } b: books(filter: {minPages: 1000}) { id } }");
        Assert.Null(rootNull.Errors);

        var propagatedToRoot = await Run(_schema, "{ books { failing: title } }");
        Assert.Null(propagatedToRoot.Errors);
    }

    [Fact]
    public async Task Null_reaching_the_root_makes_data_null()
    {
        var schema = Create();
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Catalogue.GraphQL.Language.Parser.Parse("{ books { title } }"),
            FieldResolver = _ => ValueTask.FromResult<object?>(null),
        });
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["books", 0, "title"], result.Errors![0].Path!);
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Book.title.","locations":[{"line":1,"column":11}],"path":["books",0,"title"]}""", Json(result)[..142]);
        Assert.EndsWith(""","data":null}""", Json(result));
    }

    [Fact]
    public async Task Resolvers_may_return_tasks_as_values()
    {
        var result = await Run(_schema, "{ taskValue }");
        Assert.Equal("""{"data":{"taskValue":"from task"}}""", Json(result));
    }

    [Fact]
    public async Task Query_fields_run_concurrently_and_mutations_serially()
    {
        var log = new List<string>();
        var schema = Create(log: log);

        await Run(schema, "{ a: slow(name: \"a\") b: slow(name: \"b\") }");
        Assert.Equal(["start a", "start b"], log.Take(2));

        log.Clear();
        var mutation = await Run(schema, "mutation { one: step(name: \"first\") two: step(name: \"second\") }");
        Assert.Equal(["start first", "end first", "start second", "end second"], log);
        Assert.Equal("""{"data":{"one":"first","two":"second"}}""", Json(mutation));
    }

    [Fact]
    public async Task Cancellation_aborts_execution()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(_schema, "{ slow(name: \"x\") }", cancellationToken: cts.Token));
    }

    [Fact]
    /// <summary>
    /// The September 2025 specification makes a missing root operation type a validation failure
    /// ("Operation Type Existence"), so the response is a request error without "data".
    /// </summary>
    public async Task Missing_mutation_root_is_a_request_error()
    {
        var schema = new Catalogue.GraphQL.Types.Schema(new Catalogue.GraphQL.Types.ObjectType("Q",
            [new Catalogue.GraphQL.Types.FieldDefinition("a", Catalogue.GraphQL.Types.Scalars.String)]));
        var result = await Run(schema, "mutation { a }");
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors!).Message);
        Assert.False(result.HasData);
    }
}

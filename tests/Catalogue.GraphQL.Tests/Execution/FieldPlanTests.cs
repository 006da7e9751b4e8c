using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using static Catalogue.GraphQL.Tests.Execution.TestSchema;

namespace Catalogue.GraphQL.Tests.Execution;

/// <summary>
/// The executor plans each selection once per execution and type, and builds resolve info and paths only on
/// demand: what a resolver or an error sees must not depend on which object of a list it is, nor leak from one
/// execution of a document to the next.
/// </summary>
public class FieldPlanTests
{
    private static readonly Schema Items = CreateItems();

    private static Schema CreateItems()
    {
        var item = new ObjectType("Item", () =>
        [
            new FieldDefinition("name", Scalars.String) { Resolve = R(c => (string)c.Source!) },
            new FieldDefinition("path", Scalars.String) { Resolve = R(c => c.Info.Path.ToString()) },
            new FieldDefinition("times", Scalars.String, [new ArgumentDefinition("n", new NonNullType(Scalars.Int))])
            {
                Resolve = R(c => string.Concat(Enumerable.Repeat((string)c.Source!, c.GetArgument<int>("n")))),
            },
        ]);
        var query = new ObjectType("Query", () =>
        [
            new FieldDefinition("items", new ListType(item)) { Resolve = R(_ => new[] { "a", "b", "c" }) },
        ]);
        return new Schema(query);
    }

    [Fact]
    public async Task Each_list_item_sees_its_own_path()
    {
        var result = await Run(Items, "{ items { path name } }");
        Assert.Equal("""{"data":{"items":[{"path":"items.0.path","name":"a"},{"path":"items.1.path","name":"b"},{"path":"items.2.path","name":"c"}]}}""",
            Json(result));
    }

    [Fact]
    public async Task Include_with_a_variable_follows_each_execution_of_the_same_document()
    {
        var document = Parser.Parse("query ($on: Boolean!) { items { name @include(if: $on) times(n: 2) } }");
        async Task<string> Execute(bool on) => Json(await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = Items,
            Document = document,
            VariableValues = new Dictionary<string, object?> { ["on"] = on },
        }));

        Assert.Equal("""{"data":{"items":[{"name":"a","times":"aa"},{"name":"b","times":"bb"},{"name":"c","times":"cc"}]}}""", await Execute(true));
        Assert.Equal("""{"data":{"items":[{"times":"aa"},{"times":"bb"},{"times":"cc"}]}}""", await Execute(false));
        Assert.Equal("""{"data":{"items":[{"name":"a","times":"aa"},{"name":"b","times":"bb"},{"name":"c","times":"cc"}]}}""", await Execute(true));
    }

    [Fact]
    public async Task Arguments_that_fail_to_coerce_fail_at_each_item_with_its_path()
    {
        // $n is nullable and not provided, for a non-null argument: coercion fails at execution, for every item.
        var result = await Run(Items, "query ($n: Int) { items { name times(n: $n) } }");

        Assert.Equal(3, result.Errors!.Count);
        Assert.Equal([["items", 0, "times"], ["items", 1, "times"], ["items", 2, "times"]], result.Errors.Select(e => e.Path!.ToArray()));
        Assert.All(result.Errors, e => Assert.Contains("was not provided a runtime value", e.Message));
        Assert.EndsWith("""data":{"items":[{"name":"a","times":null},{"name":"b","times":null},{"name":"c","times":null}]}}""", Json(result));
    }

    [Fact]
    public async Task Results_read_as_ordered_dictionaries()
    {
        var result = await Run(Items, "{ items { times(n: 1) name } }");
        var first = (IReadOnlyDictionary<string, object?>)((System.Collections.IList)result.Data!["items"]!)[0]!;
        Assert.Equal(["times", "name"], first.Keys);
        Assert.Equal("a", first["name"]);
        Assert.False(first.ContainsKey("path"));
    }
}

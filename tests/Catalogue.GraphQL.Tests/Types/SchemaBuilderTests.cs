using System.Text.Json;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private sealed record Dataset(string Id, string Title, string[] Keywords);

    private static readonly Dataset[] Datasets =
    [
        new("d1", "Hospital admissions", ["health", "hospital"]),
        new("d2", "Vaccination coverage", ["health"]),
    ];

    private static Schema BuildCatalogue() => new SchemaBuilder()
        .Object("Query", t => t
            .Field("dataset", "Dataset", f => f
                .Argument("id", "ID!")
                .Resolve(ctx => Datasets.FirstOrDefault(d => d.Id == ctx.GetArgument<string>("id"))))
            .Field("datasets", "[Dataset!]!", f => f
                .ArgumentWithDefault("first", "Int", 10)
                .ResolveAsync(async ctx =>
                {
                    await Task.Yield();
                    return Datasets.Take(ctx.GetArgument<int>("first")).ToList();
                })))
        .Object("Dataset", t => t
            .Field("id", "ID!", ctx => ((Dataset)ctx.Source!).Id)
            .Field("title", "String!", ctx => ((Dataset)ctx.Source!).Title)
            .Field("keywords", "[String!]!", ctx => ((Dataset)ctx.Source!).Keywords))
        .Query("Query")
        .Build();

    [Fact]
    public async Task DeclaredResolversRunThroughTheExecutor()
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = BuildCatalogue(),
            Document = Parser.Parse("""{ dataset(id: "d2") { title keywords } datasets(first: 1) { id } }"""),
        });
        Assert.Equal(
            """{"data":{"dataset":{"title":"Vaccination coverage","keywords":["health"]},"datasets":[{"id":"d1"}]}}""",
            JsonSerializer.Serialize(result));
    }

    [Fact]
    public void TypeReferencesResolveRegardlessOfDeclarationOrder()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("a", "[A!]"))
            .Object("A", t => t.Field("b", "B").Field("self", "A"))
            .Object("B", t => t.Field("a", "A!"))
            .Query("Query")
            .Build();
        var a = (ObjectType)schema.GetType("A")!;
        Assert.Equal("B", a.Fields["b"].Type.ToString());
        Assert.Same(a, a.Fields["self"].Type);
    }

    [Fact]
    public void UnknownTypesAndMisusedTypesAreReported()
    {
        Assert.Equal("Unknown type \"Missing\".", Assert.Throws<InvalidOperationException>(() =>
            new SchemaBuilder().Object("Query", t => t.Field("x", "Missing")).Query("Query").Build()).Message);
        Assert.Throws<InvalidOperationException>(() =>
            new SchemaBuilder().Object("Query", t => t.Field("x", "String")).Query("Nope").Build());
        Assert.Throws<InvalidOperationException>(() =>
            new SchemaBuilder().Object("Query", t => t.Field("x", "String")).Object("Query", t => t.Field("y", "String")));
        Assert.Throws<AggregateException>(() =>
            new SchemaBuilder().Object("Query", t => t.Field("__x", "String")).Query("Query").Build());
    }

    [Fact]
    public void CustomDirectivesComeBeforeSpecifiedOnesAsInBuildSchema()
    {
        var schema = new SchemaBuilder()
            .Object("Query", t => t.Field("x", "String"))
            .Directive(new DirectiveDefinition("auth", [DirectiveLocation.FIELD_DEFINITION]))
            .Query("Query")
            .Build();
        Assert.Equal(["auth", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }
}

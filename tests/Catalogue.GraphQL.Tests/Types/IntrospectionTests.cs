using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Types;

public class IntrospectionTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Description("A small catalogue")
        .Add(new ScalarType("DateTime", "An ISO-8601 instant.") { SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time" })
        .Object("Query", t => t
            .Field("dataset", "Dataset", f => f.Argument("id", "ID!").ArgumentWithDefault("lang", "String", "en", deprecationReason: "Use locale"))
            .Field("search", "[Dataset!]!", f => f.Argument("filter", "Filter").ArgumentWithDefault("first", "Int", 10))
            .Field("legacy", "String", f => f.Deprecated()))
        .Object("Dataset", t => t.Field("id", "ID!").Field("modified", "DateTime").Field("status", "Status"), "A dataset.")
        .Enum("Status", [new EnumValueDefinition("OPEN"), new EnumValueDefinition("CLOSED") { DeprecationReason = "Gone" }])
        .Input("Filter", t => t.Field("keyword", "String").Field("theme", "String"), isOneOf: true)
        .Query("Query")
        .Build();

    private static async Task<JsonNode> Execute(string query)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = Schema, Document = Parser.Parse(query) });
        Assert.True(result.Errors is null || result.Errors.Count == 0, string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        return JsonNode.Parse(JsonSerializer.Serialize(result))!["data"]!;
    }

    [Fact]
    public async Task DescribesObjectTypesAndFields()
    {
        var data = await Execute("""{ __type(name: "Dataset") { kind name description fields { name type { kind name ofType { name } } } } }""");
        Assert.Equal("OBJECT", (string?)data["__type"]!["kind"]);
        Assert.Equal("A dataset.", (string?)data["__type"]!["description"]);
        var id = data["__type"]!["fields"]![0]!;
        Assert.Equal("id", (string?)id["name"]);
        Assert.Equal("NON_NULL", (string?)id["type"]!["kind"]);
        Assert.Equal("ID", (string?)id["type"]!["ofType"]!["name"]);
    }

    [Fact]
    public async Task HidesDeprecatedMembersUnlessAsked()
    {
        var data = await Execute("""
            {
              query: __type(name: "Query") {
                fields { name }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name defaultValue isDeprecated } }
              }
              status: __type(name: "Status") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
            }
            """);
        Assert.Equal(["dataset", "search"], data["query"]!["fields"]!.AsArray().Select(f => (string?)f!["name"]));
        var legacy = data["query"]!["all"]!.AsArray().Single(f => (string?)f!["name"] == "legacy")!;
        Assert.Equal("No longer supported", (string?)legacy["deprecationReason"]);
        var langArg = data["query"]!["all"]![0]!["args"]![1]!;
        Assert.Equal("\"en\"", (string?)langArg["defaultValue"]);
        Assert.True((bool)langArg["isDeprecated"]!);
        Assert.Equal(["OPEN"], data["status"]!["enumValues"]!.AsArray().Select(v => (string?)v!["name"]));
        Assert.Equal("Gone", (string?)data["status"]!["all"]![1]!["deprecationReason"]);
    }

    [Fact]
    public async Task ExposesSpecifiedByUrlOneOfAndSchemaDescription()
    {
        var data = await Execute("""
            {
              __schema { description queryType { name } mutationType { name } directives { name isRepeatable locations } }
              dateTime: __type(name: "DateTime") { specifiedByURL }
              filter: __type(name: "Filter") { isOneOf inputFields { name } }
              dataset: __type(name: "Dataset") { isOneOf }
            }
            """);
        Assert.Equal("A small catalogue", (string?)data["__schema"]!["description"]);
        Assert.Null(data["__schema"]!["mutationType"]);
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"],
            data["__schema"]!["directives"]!.AsArray().Select(d => (string?)d!["name"]));
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", (string?)data["dateTime"]!["specifiedByURL"]);
        Assert.True((bool)data["filter"]!["isOneOf"]!);
        Assert.Null(data["dataset"]!["isOneOf"]);
    }

    [Fact]
    public async Task TypenameAndUnknownTypes()
    {
        var data = await Execute("""{ __typename missing: __type(name: "Nope") { name } }""");
        Assert.Equal("Query", (string?)data["__typename"]);
        Assert.Null(data["missing"]);
    }

    [Fact]
    public async Task FullIntrospectionQueryRunsWithAllOptions()
    {
        var data = await Execute(IntrospectionQuery.Get(IntrospectionQueryOptions.All));
        var types = data["__schema"]!["types"]!.AsArray().Select(t => (string?)t!["name"]).ToList();
        Assert.Contains("Dataset", types);
        Assert.Contains("__Directive", types);
        var directiveLocation = data["__schema"]!["types"]!.AsArray().Single(t => (string?)t!["name"] == "__DirectiveLocation")!;
        Assert.Contains("INPUT_FIELD_DEFINITION", directiveLocation["enumValues"]!.AsArray().Select(v => (string?)v!["name"]));
    }
}

using System.Text.Json;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Tests.Validation;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;
using Catalogue.GraphQL.Validation;
using Catalogue.TestSupport;

namespace Catalogue.GraphQL.Tests.Utilities;

public class BuildAstSchemaTests
{
    private static string HarnessSdl() => File.ReadAllText(Path.Combine(
        SharedPaths.RepoRoot, "tests", "Catalogue.GraphQL.Tests", "Validation", "Fixtures", "harness-schema.graphql"));

    [Fact]
    public void HarnessSdlBuildsTheSameSchemaAsTheCodeFirstDeclaration()
    {
        var fromSdl = BuildAstSchema.Build(HarnessSdl());
        Assert.Equal(SchemaPrinter.Print(TestSchema.Instance), SchemaPrinter.Print(fromSdl));
    }

    [Fact]
    public void ValidatesDocumentsLikeTheCodeFirstSchema()
    {
        var fromSdl = BuildAstSchema.Build(HarnessSdl());
        const string query = "query ($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) isHouseTrained(atOtherHomes: 1) } }";
        Assert.Equal(
            DocumentValidator.Validate(TestSchema.Instance, Parser.Parse(query)).Select(e => e.Message),
            DocumentValidator.Validate(fromSdl, Parser.Parse(query)).Select(e => e.Message));
    }

    [Fact]
    public void RoundTripsDescriptionsDeprecationsDefaultsAndExtensions()
    {
        const string sdl = """"
            """Catalogue API"""
            schema {
              query: Root
            }

            directive @auth(role: String = "reader") on FIELD_DEFINITION

            scalar DateTime @specifiedBy(url: "https://example.org/datetime")

            type Root {
              """Datasets, newest first."""
              datasets(first: Int = 10, status: Status = OPEN, filter: Filter = {keyword: "x"}): [Dataset!]!
              old: String @deprecated(reason: "Use datasets")
              ancient: String @deprecated
            }

            type Dataset {
              id: ID!
              modified: DateTime
            }

            enum Status {
              OPEN
              CLOSED @deprecated
            }

            input Filter @oneOf {
              keyword: String
              theme: String
            }
            """";
        var schema = BuildAstSchema.Build(sdl + "\nextend type Dataset { title: String }");
        var printed = SchemaPrinter.Print(schema);
        Assert.Equal(sdl.Replace("  modified: DateTime\n}", "  modified: DateTime\n  title: String\n}"), printed);
        Assert.Equal("Status", ((EnumType)schema.GetType("Status")!).Name);
        Assert.Equal("OPEN", ((ObjectType)schema.GetType("Root")!).Fields["datasets"].GetArgument("status")!.DefaultValue);
    }

    [Fact]
    public async Task AttachesResolvers()
    {
        var schema = BuildAstSchema.Build("type Query { greeting(name: String = \"world\"): String }", new BuildAstSchemaOptions
        {
            Resolvers = (type, field) => type == "Query" && field == "greeting"
                ? ctx => ValueTask.FromResult<object?>("hello " + ctx.GetArgument<string>("name"))
                : null,
        });
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ a: greeting b: greeting(name: \"you\") }") });
        Assert.Equal("""{"data":{"a":"hello world","b":"hello you"}}""", JsonSerializer.Serialize(result));
    }

    [Fact]
    public void UnknownTypesFailLoudly() =>
        Assert.Equal("Unknown type: \"Missing\".",
            Assert.Throws<InvalidOperationException>(() => BuildAstSchema.Build("type Query { a: Missing }")).Message);
}

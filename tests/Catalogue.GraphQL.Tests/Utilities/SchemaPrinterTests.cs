using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Utilities;

public class SchemaPrinterTests
{
    [Fact]
    public void PrintsLikeGraphqlJsPrintSchema()
    {
        var schema = new SchemaBuilder()
            .Description("The root of all queries.")
            .Directive(new DirectiveDefinition("cached", [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT],
                [new ArgumentDefinition("ttl", Scalars.Int) { Description = "Seconds to live", DefaultValue = 60 }, new ArgumentDefinition("scope", Scalars.String)])
            {
                Description = "Marks cached fields",
                IsRepeatable = true,
            })
            .Add(new ScalarType("DateTime") { SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time" })
            .Object("Root", t => t
                .Field("dataset", "Dataset", f => f
                    .Description("Look up one dataset.\nMulti-line description.")
                    .Argument("id", "ID!")
                    .ArgumentWithDefault("lang", "String", "en", deprecationReason: "Use \"locale\""))
                .Field("search", "[Dataset!]!", f => f
                    .Argument("filter", "Filter")
                    .ArgumentWithDefault("first", "Int", 10)
                    .ArgumentWithDefault("statuses", "[Status!]", new List<object?> { "OPEN" }))
                .Field("legacy", "String", f => f.Deprecated())
                .Field("node", "Node"))
            .Interface("Node", t => t.Field("id", "ID!"))
            .Object("Dataset", t => t.Implements("Node").Field("id", "ID!").Field("modified", "DateTime").Field("status", "Status"), "A dataset.")
            .Enum("Status", [new EnumValueDefinition("OPEN") { Description = "Visible" }, new EnumValueDefinition("CLOSED") { Description = "Hidden", DeprecationReason = "Gone" }])
            .Input("Filter", t => t.Field("keyword", "String").Field("range", "Range"), isOneOf: true)
            .Input("Range", t => t.FieldWithDefault("from", "Int", 0).Field("to", "Int"))
            .Union("Result", ["Dataset"])
            .Query("Root")
            .Build();

        // Expected text produced by graphql-js 16.15 printSchema(buildSchema(<same SDL>)).
        const string expected = """"
            """The root of all queries."""
            schema {
              query: Root
            }

            """Marks cached fields"""
            directive @cached(
              """Seconds to live"""
              ttl: Int = 60
              scope: String
            ) repeatable on FIELD_DEFINITION | OBJECT

            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            type Root {
              """
              Look up one dataset.
              Multi-line description.
              """
              dataset(id: ID!, lang: String = "en" @deprecated(reason: "Use \"locale\"")): Dataset
              search(filter: Filter, first: Int = 10, statuses: [Status!] = [OPEN]): [Dataset!]!
              legacy: String @deprecated
              node: Node
            }

            interface Node {
              id: ID!
            }

            """A dataset."""
            type Dataset implements Node {
              id: ID!
              modified: DateTime
              status: Status
            }

            enum Status {
              """Visible"""
              OPEN

              """Hidden"""
              CLOSED @deprecated(reason: "Gone")
            }

            input Filter @oneOf {
              keyword: String
              range: Range
            }

            input Range {
              from: Int = 0
              to: Int
            }

            union Result = Dataset
            """";
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void OmitsSchemaDefinitionForConventionalRootNames()
    {
        var schema = new SchemaBuilder().Object("Query", t => t.Field("a", "String")).Query("Query").Build();
        Assert.Equal("type Query {\n  a: String\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void DescriptionsThatAreNotBlockPrintableUseQuotedStrings()
    {
        Assert.False(SchemaPrinter.IsPrintableAsBlockString("\nleading newline"));
        Assert.False(SchemaPrinter.IsPrintableAsBlockString("trailing\n"));
        Assert.True(SchemaPrinter.IsPrintableAsBlockString("plain"));
        var schema = new SchemaBuilder().Object("Query", t => t.Field("a", "String", f => f.Description("\nodd")), "x\r\ny").Query("Query").Build();
        Assert.Equal("\"x\\r\\ny\"\ntype Query {\n  \"\\nodd\"\n  a: String\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void PrintsIntrospectionSchema()
    {
        var text = SchemaPrinter.PrintIntrospectionSchema(new SchemaBuilder().Object("Query", t => t.Field("a", "String")).Query("Query").Build());
        Assert.StartsWith("\"\"\"\nDirects the executor to include this field or fragment only when the `if` argument is true.\n\"\"\"\ndirective @include(", text);
        Assert.Contains("type __Schema {", text);
        Assert.Contains("  directives(includeDeprecated: Boolean! = false): [__Directive!]!", text);
    }
}

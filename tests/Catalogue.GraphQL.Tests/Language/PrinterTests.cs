using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void Prints_minimal_ast()
    {
        var field = new FieldNode { Name = new NameNode("foo") };
        Assert.Equal("foo", Printer.Print(field));
    }

    [Fact]
    public void Prints_query_shorthand_and_named_operations()
    {
        Assert.Equal("{\n  id\n  name\n}", Printer.Print(Parser.Parse("query { id, name }")));
        Assert.Equal("query Q($a: Int = 1, $b: [String!]!) @dir {\n  f(a: $a)\n}",
            Printer.Print(Parser.Parse("query Q($a:Int=1,$b:[String!]!)@dir{f(a:$a)}")));
        Assert.Equal("mutation {\n  id\n}", Printer.Print(Parser.Parse("mutation { id }")));
    }

    [Fact]
    public void Breaks_long_argument_lists_onto_lines()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ someVeryLongFieldName(firstArgument: \"aaaaaaaaaaaaaaaa\", secondArgument: \"bbbbbbbbbbbbbbbbbbbb\") }"));
        Assert.Equal("{\n  someVeryLongFieldName(\n    firstArgument: \"aaaaaaaaaaaaaaaa\"\n    secondArgument: \"bbbbbbbbbbbbbbbbbbbb\"\n  )\n}", printed);
    }

    [Fact]
    public void Escapes_strings_and_prints_block_strings()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F\"", Printer.PrintString("a\"b\\c\n\u0001\u007F"));
        Assert.Equal("\"\"\"\nfirst\n  second\n\"\"\"", BlockString.Print("first\n  second"));
        Assert.Equal("\"\"\"  leading space\"\"\"", BlockString.Print("  leading space"));
        Assert.Equal("\"\"\"contains \\\"\"\" triple\"\"\"", BlockString.Print("contains \"\"\" triple"));
        Assert.Equal("\"\"\"\nends with quote\"\n\"\"\"", BlockString.Print("ends with quote\""));
    }

    [Theory]
    [InlineData(nameof(KitchenSink.Query))]
    [InlineData(nameof(KitchenSink.Sdl))]
    public void Printing_is_a_fixed_point_of_parsing(string which)
    {
        var source = which == nameof(KitchenSink.Query) ? KitchenSink.Query : KitchenSink.Sdl;
        var printed = Printer.Print(Parser.Parse(source));
        var reprinted = Printer.Print(Parser.Parse(printed));

        Assert.Equal(printed, reprinted);
        Assert.DoesNotContain(",,", printed);
    }

    [Fact]
    public void Prints_kitchen_sink_sdl_parts_like_graphql_js()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Sdl));

        Assert.Contains("\"\"\"This is a description of the schema as a whole.\"\"\"\nschema {\n  query: QueryType\n  mutation: MutationType\n}", printed);
        Assert.Contains("type Foo implements Bar & Baz & Two {\n  \"Description of the `one` field.\"\n  one: Type\n", printed);
        Assert.Contains("  two(\n    \"\"\"This is a description of the `argument` argument.\"\"\"\n    argument: InputType!\n  ): Type\n", printed);
        Assert.Contains("union Feed = Story | Article | Advert", printed);
        Assert.Contains("directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT", printed);
        Assert.Contains("directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE", printed);
        Assert.Contains("input InputType {\n  key: String!\n  answer: Int = 42\n}", printed);
        Assert.Contains("extend schema @onSchema {\n  subscription: SubscriptionType\n}", printed);
        Assert.Contains("six(argument: InputType = {key: \"value\"}): Type", printed);
    }

    [Fact]
    public void Prints_kitchen_sink_query_parts_like_graphql_js()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Query));

        Assert.StartsWith("query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {\n  whoever123is: node(id: [123, 456]) {\n", printed);
        Assert.Contains("subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {", printed);
        Assert.Contains("    ... @skip(unless: $foo) {\n      id\n    }\n", printed);
        Assert.Contains("{\n  unnamed(truthy: true, falsy: false, nullish: null)\n  query\n}", printed);
        Assert.EndsWith("{\n  __typename\n}", printed);
    }
}

using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Tests.Language;

public class ParserErrorTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("\"Description\" query Q { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("type T { f: [String!]!! }", "Syntax Error: Expected Name, found \"!\".", 1, 23)]
    public void Reports_graphql_js_message_and_location(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal(message, error.Message);
        var location = Assert.Single(error.Locations!);
        Assert.Equal(new SourceLocation(line, column), location);
        Assert.Equal(ErrorCodes.ParseFailed, error.Extensions!["code"]);
    }

    [Fact]
    public void Max_tokens_aborts_parsing()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c d e f }", new ParseOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Locations_count_lines_after_crlf()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{\r\n  a\r\n  ?\r\n}"));
        Assert.Equal(new SourceLocation(3, 3), error.Locations![0]);
    }
}

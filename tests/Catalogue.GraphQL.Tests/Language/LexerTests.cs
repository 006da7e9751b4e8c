using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token LexOne(string body)
    {
        var lexer = new Lexer(new Source(body));
        return lexer.Advance();
    }

    private static GraphQLError LexError(string body) => Assert.Throws<GraphQLError>(() => LexOne(body));

    [Fact]
    public void Skips_whitespace_commas_bom_and_comments()
    {
        var token = LexOne("\uFEFF ,,\n\r\n\t# comment\r\n  foo # trailing");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal(21, token.Start);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{00000041}\"", "unicode \u1234A")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\U0001F600 literal\"", "\U0001F600 literal")]
    public void Reads_strings_with_escapes(string body, string expected)
    {
        var token = LexOne(body);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 2)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 6)]
    [InlineData("\"bad \\uD83D esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"bad \\uDE00\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 6)]
    [InlineData("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 2)]
    public void Rejects_bad_strings(string body, string message, int column)
    {
        var error = LexError(body);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Locations![0].Column);
    }

    [Fact]
    public void Rejects_lone_surrogate_outside_strings()
    {
        Assert.Equal("Syntax Error: Invalid character: U+DEAD.", LexError("\uDEAD").Message);
    }

    [Fact]
    public void Rejects_lone_surrogate_in_string()
    {
        var error = LexError("\"a\uD83Db\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D83D.", error.Message);
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-1.123e4", TokenKind.Float, "-1.123e4")]
    [InlineData("1E-4", TokenKind.Float, "1E-4")]
    [InlineData("123e+4", TokenKind.Float, "123e+4")]
    public void Reads_numbers(string body, TokenKind kind, string value)
    {
        var token = LexOne(body);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1)]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1)]
    public void Rejects_bad_characters_and_numbers(string body, string message, int column)
    {
        var error = LexError(body);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Locations![0].Column);
    }

    [Fact]
    public void Block_strings_are_dedented_per_spec()
    {
        var token = LexOne("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"  first line keeps indent\n    second\"\"\"", "  first line keeps indent\nsecond")]
    [InlineData("\"\"\"\n  \n\t\n\"\"\"", "")]
    public void Reads_block_strings(string body, string expected)
    {
        Assert.Equal(expected, LexOne(body).Value);
    }

    [Fact]
    public void Unterminated_block_string_is_reported_at_end()
    {
        var error = LexError("\"\"\"no end");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal(10, error.Locations![0].Column);
    }

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.Eof, lexer.Advance().Kind);
        Assert.Equal(TokenKind.Eof, lexer.Advance().Kind);
    }
}

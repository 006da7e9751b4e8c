namespace Catalogue.GraphQL.Language;

/// <summary>One lexical token: kind, character range and (for names, numbers, strings, comments) its value.</summary>
public sealed class Token
{
    public Token(TokenKind kind, int start, int end, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int End { get; }
    /// <summary>Name text, number text or cooked string value; null for punctuators.</summary>
    public string? Value { get; }

    /// <summary>The next significant token once it has been read (the lexer's lookahead cache).</summary>
    internal Token? Next { get; set; }

    /// <summary>As in graphql-js <c>getTokenDesc</c>: kind, then the value in quotes when there is one.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public override string ToString() => Describe();
}

namespace Catalogue.Rdf.Parsing;

internal enum TurtleTokenKind
{
    EndOfInput,
    IriRef,          // Value: unescaped, unresolved IRI
    PrefixedName,    // Prefix + Value (local part, unescaped)
    BlankNodeLabel,  // Value: label without "_:"
    String,          // Value: unescaped lexical form
    AtWord,          // Value: word after '@' (a language tag, or "prefix"/"base")
    Integer,
    Decimal,
    Double,
    Word,            // Value: a bare keyword: a, true, false, PREFIX, BASE
    Dot,
    Semicolon,
    Comma,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    DoubleCaret,
}

/// <summary>One lexical token with the 1-based position of its first character.</summary>
internal readonly record struct TurtleToken(TurtleTokenKind Kind, string Value, string? Prefix, int Line, int Column)
{
    public string Describe() => Kind switch
    {
        TurtleTokenKind.EndOfInput => "end of input",
        TurtleTokenKind.IriRef => $"<{Value}>",
        TurtleTokenKind.PrefixedName => $"'{Prefix}:{Value}'",
        TurtleTokenKind.BlankNodeLabel => $"'_:{Value}'",
        TurtleTokenKind.String => "a string",
        TurtleTokenKind.AtWord => $"'@{Value}'",
        _ => $"'{Value}'",
    };
}

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Character classes of the Turtle / N-Triples grammars (RDF 1.1 Turtle §6.5), on Unicode code points.
/// Shared by the lexers and by the writers, which use them to decide when a prefixed name or label is safe.
/// </summary>
public static class RdfChars
{
    public static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
            or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
            or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
            or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or >= '0' and <= '9' or 0x00B7 or >= 0x0300 and <= 0x036F or >= 0x203F and <= 0x2040;

    /// <summary>Characters that may follow a backslash in a local name (PN_LOCAL_ESC).</summary>
    public static bool IsLocalEscapable(int c) => c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '('
        or ')' or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>Characters that may not appear unescaped inside IRIREF: [#x00-#x20&lt;&gt;"{}|^`\].</summary>
    public static bool IsForbiddenInIri(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    public static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    public static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>LANGTAG without the '@': [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.</summary>
    public static bool IsValidLanguageTag(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty) return false;
        var i = 0;
        while (i < tag.Length && char.IsAsciiLetter(tag[i])) i++;
        if (i == 0) return false;
        while (i < tag.Length)
        {
            if (tag[i] != '-') return false;
            var start = ++i;
            while (i < tag.Length && char.IsAsciiLetterOrDigit(tag[i])) i++;
            if (i == start) return false;
        }
        return true;
    }
}

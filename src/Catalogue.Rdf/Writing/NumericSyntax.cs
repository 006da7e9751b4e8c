namespace Catalogue.Rdf.Writing;

/// <summary>The INTEGER, DECIMAL and DOUBLE productions of Turtle, to decide when a literal may be written bare.</summary>
internal static class NumericSyntax
{
    // INTEGER ::= [+-]? [0-9]+
    public static bool IsInteger(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        return s.Length > 0 && Digits(s) == s.Length;
    }

    // DECIMAL ::= [+-]? [0-9]* '.' [0-9]+
    public static bool IsDecimal(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var i = Digits(s);
        if (i >= s.Length || s[i] != '.') return false;
        var frac = Digits(s[(i + 1)..]);
        return frac > 0 && i + 1 + frac == s.Length;
    }

    // DOUBLE ::= [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)
    public static bool IsDouble(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var intDigits = Digits(s);
        var i = intDigits;
        var fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            fracDigits = Digits(s[(i + 1)..]);
            i += 1 + fracDigits;
        }
        if (intDigits + fracDigits == 0 || i >= s.Length || s[i] is not ('e' or 'E')) return false;
        var exp = SkipSign(s[(i + 1)..]);
        return exp.Length > 0 && Digits(exp) == exp.Length;
    }

    private static ReadOnlySpan<char> SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;

    private static int Digits(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i;
    }
}

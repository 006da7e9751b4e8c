using System.Text;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Tokeniser for Turtle and, in line mode, for N-Triples / N-Quads (one lexer for every syntax, as in N3.js).
/// Line mode only accepts what the line-based grammars allow: IRIREF, blank node labels, double-quoted short
/// strings, language tags, '^^' and '.'.
/// </summary>
internal sealed class TurtleLexer
{
    private readonly CharReader _in;
    private readonly bool _lineMode;
    private readonly StringBuilder _sb = new();

    public TurtleLexer(TextReader reader, bool lineMode)
    {
        _in = new CharReader(reader);
        _lineMode = lineMode;
    }

    public TurtleToken Next()
    {
        SkipWhitespaceAndComments();
        int line = _in.Line, column = _in.Column;
        var c = _in.Peek();
        switch (c)
        {
            case -1: return new(TurtleTokenKind.EndOfInput, "", null, line, column);
            case '<': return Token(TurtleTokenKind.IriRef, ReadIriRef(), line, column);
            case '"': return Token(TurtleTokenKind.String, ReadString(), line, column);
            case '\'' when !_lineMode: return Token(TurtleTokenKind.String, ReadString(), line, column);
            case '@': _in.Read(); return Token(TurtleTokenKind.AtWord, ReadAtWord(line, column), line, column);
            case '_' when _in.Peek(1) == ':': return Token(TurtleTokenKind.BlankNodeLabel, ReadBlankNodeLabel(), line, column);
            case '^':
                _in.Read();
                if (_in.Read() != '^') throw Error("Expected '^^'", line, column);
                return Token(TurtleTokenKind.DoubleCaret, "^^", line, column);
            case '.' when !_lineMode && IsDigit(_in.Peek(1)): return ReadNumber(line, column);
            case '.': return Punctuation(TurtleTokenKind.Dot, line, column);
        }
        if (_lineMode) throw Error($"Unexpected '{Printable(c)}'", line, column);
        switch (c)
        {
            case ';': return Punctuation(TurtleTokenKind.Semicolon, line, column);
            case ',': return Punctuation(TurtleTokenKind.Comma, line, column);
            case '[': return Punctuation(TurtleTokenKind.OpenBracket, line, column);
            case ']': return Punctuation(TurtleTokenKind.CloseBracket, line, column);
            case '(': return Punctuation(TurtleTokenKind.OpenParen, line, column);
            case ')': return Punctuation(TurtleTokenKind.CloseParen, line, column);
            case '+' or '-' or (>= '0' and <= '9'): return ReadNumber(line, column);
        }
        if (c == ':' || RdfChars.IsPnCharsBase(PeekCodePoint(0, out _))) return ReadNameOrKeyword(line, column);
        throw Error($"Unexpected '{Printable(c)}'", line, column);
    }

    private static TurtleToken Token(TurtleTokenKind kind, string value, int line, int column) => new(kind, value, null, line, column);

    private TurtleToken Punctuation(TurtleTokenKind kind, int line, int column)
    {
        var c = (char)_in.Read();
        return new(kind, c.ToString(), null, line, column);
    }

    private void SkipWhitespaceAndComments()
    {
        while (true)
        {
            var c = _in.Peek();
            if (c is ' ' or '\t' or '\n' or '\r') { _in.Read(); continue; }
            if (c == '#')
            {
                while (c is not ('\n' or '\r' or -1)) { _in.Read(); c = _in.Peek(); }
                continue;
            }
            return;
        }
    }

    // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    private string ReadIriRef()
    {
        int line = _in.Line, column = _in.Column;
        _in.Read();
        _sb.Clear();
        while (true)
        {
            var c = _in.Read();
            switch (c)
            {
                case -1: throw Error("Unterminated IRI", line, column);
                case '>': return _sb.ToString();
                case '\\':
                    var escaped = ReadUnicodeEscape(line, column);
                    if (escaped <= 0xFFFF && RdfChars.IsForbiddenInIri(escaped))
                        throw Error($"Escaped character U+{escaped:X4} is not allowed in an IRI", line, column);
                    AppendCodePoint(escaped);
                    break;
                default:
                    if (RdfChars.IsForbiddenInIri(c)) throw Error($"Character '{Printable(c)}' is not allowed in an IRI", _in.Line, _in.Column - 1);
                    _sb.Append((char)c);
                    break;
            }
        }
    }

    /// <summary>Reads the rest of UCHAR after the backslash: 'u' hex{4} or 'U' hex{8}; rejects surrogates.</summary>
    private int ReadUnicodeEscape(int line, int column)
    {
        var kind = _in.Read();
        var digits = kind switch { 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0) throw Error($"Invalid escape '\\{Printable(kind)}'", line, column);
        var value = 0L;
        for (var i = 0; i < digits; i++)
        {
            var h = _in.Read();
            if (!RdfChars.IsHex(h)) throw Error("Invalid hexadecimal digit in \\" + (char)kind + " escape", line, column);
            value = value * 16 + RdfChars.HexValue(h);
        }
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            throw Error($"Escape \\{(char)kind} does not denote a Unicode scalar value", line, column);
        return (int)value;
    }

    private void AppendCodePoint(int cp)
    {
        if (cp <= 0xFFFF) _sb.Append((char)cp);
        else _sb.Append(char.ConvertFromUtf32(cp));
    }

    private string ReadString()
    {
        int line = _in.Line, column = _in.Column;
        var quote = _in.Read();
        _sb.Clear();
        var isLong = !_lineMode && _in.Peek() == quote && _in.Peek(1) == quote;
        if (!isLong && _in.Peek() == quote) { _in.Read(); return ""; }
        if (isLong) { _in.Read(); _in.Read(); }
        while (true)
        {
            var c = _in.Read();
            if (c == -1) throw Error("Unterminated string", line, column);
            if (c == quote)
            {
                if (!isLong) return _sb.ToString();
                if (_in.Peek() == quote && _in.Peek(1) == quote) { _in.Read(); _in.Read(); return _sb.ToString(); }
                _sb.Append((char)c);
            }
            else if (c == '\\') ReadStringEscape(line, column);
            else if (!isLong && c is '\n' or '\r') throw Error("Line break in a short string", line, column);
            else _sb.Append((char)c);
        }
    }

    private void ReadStringEscape(int line, int column)
    {
        var e = _in.Peek();
        switch (e)
        {
            case 't': _sb.Append('\t'); break;
            case 'b': _sb.Append('\b'); break;
            case 'n': _sb.Append('\n'); break;
            case 'r': _sb.Append('\r'); break;
            case 'f': _sb.Append('\f'); break;
            case '"': _sb.Append('"'); break;
            case '\'': _sb.Append('\''); break;
            case '\\': _sb.Append('\\'); break;
            case 'u' or 'U': AppendCodePoint(ReadUnicodeEscape(line, column)); return;
            default: throw Error($"Invalid escape '\\{Printable(e)}'", _in.Line, _in.Column);
        }
        _in.Read();
    }

    // Letters, digits and '-' after '@'; the parser validates them as LANGTAG or a directive keyword.
    private string ReadAtWord(int line, int column)
    {
        _sb.Clear();
        _in.ReadWhile(static ch => char.IsAsciiLetterOrDigit(ch) || ch == '-', _sb);
        if (_sb.Length == 0) throw Error("Expected a language tag or directive after '@'", line, column);
        return _sb.ToString();
    }

    // BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    private string ReadBlankNodeLabel()
    {
        int line = _in.Line, column = _in.Column;
        _in.Read(); _in.Read();
        _sb.Clear();
        var first = PeekCodePoint(0, out var width);
        if (!RdfChars.IsPnCharsU(first) && !IsDigit(first)) throw Error("Invalid blank node label", line, column);
        Consume(width);
        ReadNameTail(allowLocalExtras: false);
        return _sb.ToString();
    }

    private TurtleToken ReadNameOrKeyword(int line, int column)
    {
        _sb.Clear();
        if (_in.Peek() != ':')
        {
            Consume(PeekCodePoint(0, out var width) > 0 ? width : 1);
            ReadNameTail(allowLocalExtras: false);
        }
        var prefix = _sb.ToString();
        if (_in.Peek() != ':') return ReadKeyword(prefix, line, column);
        _in.Read();
        _sb.Clear();
        ReadLocalName(line, column);
        return new(TurtleTokenKind.PrefixedName, _sb.ToString(), prefix, line, column);
    }

    private TurtleToken ReadKeyword(string word, int line, int column)
    {
        if (word is "a" or "true" or "false" || word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase)
            || word.Equals("BASE", StringComparison.OrdinalIgnoreCase))
            return new(TurtleTokenKind.Word, word, null, line, column);
        throw Error($"Unexpected word '{word}'", line, column);
    }

    // PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
    private void ReadLocalName(int line, int column)
    {
        var first = PeekCodePoint(0, out var width);
        if (RdfChars.IsPnCharsU(first) || first == ':' || IsDigit(first)) Consume(width);
        else if (first is '%' or '\\') ReadPlx(line, column);
        else return; // PNAME_NS alone: the local part is empty
        ReadNameTail(allowLocalExtras: true, line, column);
    }

    /// <summary>
    /// The shared tail of PN_PREFIX, PN_LOCAL and BLANK_NODE_LABEL: name characters and inner dots (a dot is only
    /// part of the name when a name character follows the run of dots), plus ':' and PLX for local names.
    /// </summary>
    private void ReadNameTail(bool allowLocalExtras, int line = 0, int column = 0)
    {
        while (true)
        {
            var cp = PeekCodePoint(0, out var width);
            if (RdfChars.IsPnChars(cp) || (allowLocalExtras && cp == ':')) { Consume(width); continue; }
            if (allowLocalExtras && cp is '%' or '\\') { ReadPlx(line, column); continue; }
            if (cp != '.') return;
            var ahead = 1;
            while (_in.Peek(ahead) == '.') ahead++;
            var after = PeekCodePoint(ahead, out _);
            if (!RdfChars.IsPnChars(after) && !(allowLocalExtras && after is ':' or '%' or '\\')) return;
            for (var i = 0; i < ahead; i++) _sb.Append((char)_in.Read());
        }
    }

    // PLX ::= '%' HEX HEX (kept verbatim) | '\' PN_LOCAL_ESC (unescaped)
    private void ReadPlx(int line, int column)
    {
        if (_in.Read() == '%')
        {
            int h1 = _in.Read(), h2 = _in.Read();
            if (!RdfChars.IsHex(h1) || !RdfChars.IsHex(h2)) throw Error("Invalid %-escape in local name", line, column);
            _sb.Append('%').Append((char)h1).Append((char)h2);
            return;
        }
        var e = _in.Read();
        if (!RdfChars.IsLocalEscapable(e)) throw Error($"Invalid escape '\\{Printable(e)}' in local name", line, column);
        _sb.Append((char)e);
    }

    // INTEGER, DECIMAL, DOUBLE with optional sign; the lexical form is kept as written.
    private TurtleToken ReadNumber(int line, int column)
    {
        _sb.Clear();
        if (_in.Peek() is '+' or '-') _sb.Append((char)_in.Read());
        var intDigits = ReadDigits();
        var kind = TurtleTokenKind.Integer;
        if (_in.Peek() == '.' && (IsDigit(_in.Peek(1)) || (intDigits > 0 && IsExponentAhead(1))))
        {
            _sb.Append((char)_in.Read());
            ReadDigits();
            kind = TurtleTokenKind.Decimal;
        }
        else if (intDigits == 0) throw Error("Invalid number", line, column);
        if (IsExponentAhead(0))
        {
            _sb.Append((char)_in.Read());
            if (_in.Peek() is '+' or '-') _sb.Append((char)_in.Read());
            ReadDigits();
            kind = TurtleTokenKind.Double;
        }
        else if (kind == TurtleTokenKind.Decimal && _sb[^1] == '.') throw Error("Invalid number", line, column);
        return new(kind, _sb.ToString(), null, line, column);
    }

    private bool IsExponentAhead(int ahead)
    {
        if (_in.Peek(ahead) is not ('e' or 'E')) return false;
        var next = _in.Peek(ahead + 1);
        return IsDigit(next) || (next is '+' or '-' && IsDigit(_in.Peek(ahead + 2)));
    }

    private int ReadDigits()
    {
        var n = 0;
        while (IsDigit(_in.Peek())) { _sb.Append((char)_in.Read()); n++; }
        return n;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Code point at <paramref name="ahead"/>, combining a surrogate pair; width is 1 or 2 chars.</summary>
    private int PeekCodePoint(int ahead, out int width)
    {
        var c = _in.Peek(ahead);
        width = 1;
        if (c is >= 0xD800 and <= 0xDBFF)
        {
            var low = _in.Peek(ahead + 1);
            if (low is >= 0xDC00 and <= 0xDFFF)
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }
        return c;
    }

    private void Consume(int width)
    {
        for (var i = 0; i < width; i++) _sb.Append((char)_in.Read());
    }

    private static string Printable(int c) => c switch
    {
        -1 => "end of input",
        < 0x20 or 0x7F => $"U+{c:X4}",
        _ => ((char)c).ToString(),
    };

    private static RdfParseException Error(string message, int line, int column) => new(message, line, column);
}

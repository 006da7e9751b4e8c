using System.Globalization;
using System.Text;
using Catalogue.GraphQL.Errors;

namespace Catalogue.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens on demand (graphql-js <c>Lexer</c>): <see cref="Advance"/> moves on,
/// <see cref="Lookahead"/> peeks one token further. Whitespace, commas and comments are skipped;
/// malformed input raises "Syntax Error: …" with graphql-js's wording.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.Sof, 0, 0);
        LastToken = Token;
    }

    public Source Source { get; }
    /// <summary>The current token.</summary>
    public Token Token { get; private set; }
    /// <summary>The token before the current one (its end closes a node's location).</summary>
    public Token LastToken { get; private set; }

    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        return Token;
    }

    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.Eof) return Token;
        return Token.Next ??= ReadNextToken(Token.End);
    }

    private Token ReadNextToken(int start)
    {
        var position = start;
        while (position < _body.Length)
        {
            var code = _body[position];
            switch (code)
            {
                case '\uFEFF': case '\t': case ' ': case ',': case '\n':
                    position++;
                    continue;
                case '\r':
                    position += position + 1 < _body.Length && _body[position + 1] == '\n' ? 2 : 1;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return Punctuator(TokenKind.Bang, position);
                case '$': return Punctuator(TokenKind.Dollar, position);
                case '&': return Punctuator(TokenKind.Amp, position);
                case '(': return Punctuator(TokenKind.ParenL, position);
                case ')': return Punctuator(TokenKind.ParenR, position);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                        return new Token(TokenKind.Spread, position, position + 3);
                    break;
                case ':': return Punctuator(TokenKind.Colon, position);
                case '=': return Punctuator(TokenKind.Equals, position);
                case '@': return Punctuator(TokenKind.At, position);
                case '[': return Punctuator(TokenKind.BracketL, position);
                case ']': return Punctuator(TokenKind.BracketR, position);
                case '{': return Punctuator(TokenKind.BraceL, position);
                case '|': return Punctuator(TokenKind.Pipe, position);
                case '}': return Punctuator(TokenKind.BraceR, position);
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"') return ReadBlockString(position);
                    return ReadString(position);
            }

            if (IsDigit(code) || code == '-') return ReadNumber(position, code);
            if (IsNameStart(code)) return ReadName(position);

            throw SyntaxError.Create(Source, position,
                code == '\'' ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return new Token(TokenKind.Eof, _body.Length, _body.Length);
    }

    private static Token Punctuator(TokenKind kind, int position) => new(kind, position, position + 1);

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        return position;
    }

    private Token ReadNumber(int start, char firstCode)
    {
        var position = start;
        var code = (int)firstCode;
        var isFloat = false;

        if (code == '-') code = CharAt(++position);

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
                throw SyntaxError.Create(Source, position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // Numbers cannot be followed by a dot or a name start: "1.2.3" and "0xF" are errors, not two tokens.
        if (code == '.' || IsNameStart(code))
            throw SyntaxError.Create(Source, position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
            throw SyntaxError.Create(Source, start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        var position = start + 1;
        while (IsDigit(CharAt(position))) position++;
        return position;
    }

    private Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        var value = new StringBuilder();

        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"')
            {
                value.Append(_body, chunkStart, position - chunkStart);
                return new Token(TokenKind.String, start, position + 1, value.ToString());
            }
            if (code == '\\')
            {
                value.Append(_body, chunkStart, position - chunkStart);
                var (escaped, size) = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{' ? ReadEscapedUnicodeVariableWidth(position) : ReadEscapedUnicodeFixedWidth(position)
                    : ReadEscapedCharacter(position);
                value.Append(escaped);
                position += size;
                chunkStart = position;
                continue;
            }
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw SyntaxError.Create(Source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw SyntaxError.Create(Source, position, "Unterminated string.");
    }

    private (string Value, int Size) ReadEscapedUnicodeVariableWidth(int position)
    {
        var point = 0;
        var size = 3;
        // At most 8 hex digits between the braces ("\u{" + 8 + "}" = 12 characters).
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                return (char.ConvertFromUtf32(point), size);
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0) break; // a non-hex digit (or 32-bit overflow, as in graphql-js)
        }
        throw SyntaxError.Create(Source, position,
            $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private (string Value, int Size) ReadEscapedUnicodeFixedWidth(int position)
    {
        var code = Read16BitHexCode(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code)) return (char.ConvertFromUtf32(code), 6);

        // JSON-style surrogate pairs ("\uD83D\uDE00") are allowed, but only when they form a valid pair.
        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailingCode = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailingCode))
                return (new string([(char)code, (char)trailingCode]), 12);
        }
        throw SyntaxError.Create(Source, position,
            $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private (string Value, int Size) ReadEscapedCharacter(int position)
    {
        var escaped = CharAt(position + 1) switch
        {
            '"' => "\"",
            '\\' => "\\",
            '/' => "/",
            'b' => "\b",
            'f' => "\f",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            _ => null,
        };
        if (escaped is not null) return (escaped, 2);
        throw SyntaxError.Create(Source, position,
            $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
    }

    private Token ReadBlockString(int start)
    {
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var blockLines = new List<string>();

        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                var value = string.Join("\n", BlockString.DedentLines(blockLines));
                return new Token(TokenKind.BlockString, start, position + 3, value);
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // keep the three quotes, drop the backslash
                position += 4;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw SyntaxError.Create(Source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw SyntaxError.Create(Source, position, "Unterminated string.");
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position])) position++;
        return new Token(TokenKind.Name, start, position, _body[start..position]);
    }

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    private int Read16BitHexCode(int position)
        => (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8)
         | (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>A character for an error message: printable ASCII in quotes, anything else as U+XXXX.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return TokenKind.Eof.Describe();
        int code = _body[position];
        if (code >= 0x20 && code <= 0x7E) return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        if (IsSupplementaryCodePoint(position)) code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        return "U+" + code.ToString(code > 0xFFFF ? "X" : "X4", CultureInfo.InvariantCulture);
    }

    private bool IsSupplementaryCodePoint(int position)
        => position + 1 < _body.Length && IsLeadingSurrogate(_body[position]) && IsTrailingSurrogate(_body[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;
    private static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;
    private static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;
    private static bool IsDigit(int code) => code is >= '0' and <= '9';
    private static bool IsLetter(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    internal static bool IsNameStart(int code) => IsLetter(code) || code == '_';
    internal static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';
}

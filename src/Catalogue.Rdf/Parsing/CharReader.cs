namespace Catalogue.Rdf.Parsing;

/// <summary>
/// A buffered reader over a <see cref="TextReader"/> with arbitrary look-ahead and 1-based line/column tracking,
/// shared by the Turtle, N-Triples and N-Quads lexers. Returns -1 at end of input.
/// </summary>
internal sealed class CharReader
{
    private readonly TextReader _reader;
    private char[] _buffer = new char[16384];
    private int _pos;
    private int _end;
    private bool _eof;

    public CharReader(TextReader reader)
    {
        _reader = reader;
        if (Peek() == '\uFEFF') _pos++; // a byte order mark left in the text is not content
    }

    public int Line { get; private set; } = 1;
    public int Column { get; private set; } = 1;

    public int Peek() => _pos < _end || Fill(1) ? _buffer[_pos] : -1;

    /// <summary>The character <paramref name="ahead"/> positions after the current one (0 = current).</summary>
    public int Peek(int ahead) => _pos + ahead < _end || Fill(ahead + 1) ? _buffer[_pos + ahead] : -1;

    public int Read()
    {
        if (_pos >= _end && !Fill(1)) return -1;
        var c = _buffer[_pos++];
        // LF, CRLF and a lone CR each end one line.
        if (c == '\n' || (c == '\r' && Peek() != '\n')) { Line++; Column = 1; }
        else Column++;
        return c;
    }

    /// <summary>Consumes characters while they satisfy <paramref name="accept"/>, appending them to <paramref name="into"/>.</summary>
    public void ReadWhile(Func<char, bool> accept, System.Text.StringBuilder into)
    {
        while (true)
        {
            if (_pos >= _end && !Fill(1)) return;
            var start = _pos;
            while (_pos < _end && accept(_buffer[_pos])) _pos++;
            var span = _buffer.AsSpan(start, _pos - start);
            into.Append(span);
            AdvancePosition(span);
            if (_pos < _end) return;
        }
    }

    private void AdvancePosition(ReadOnlySpan<char> consumed)
    {
        var lastNewline = consumed.LastIndexOf('\n');
        if (lastNewline < 0) { Column += consumed.Length; return; }
        Line += consumed.Count('\n');
        Column = consumed.Length - lastNewline;
    }

    // Ensures at least `needed` unread characters are buffered; false if the input ends first.
    private bool Fill(int needed)
    {
        while (_end - _pos < needed)
        {
            if (_eof) return false;
            if (_pos > 0)
            {
                Array.Copy(_buffer, _pos, _buffer, 0, _end - _pos);
                _end -= _pos;
                _pos = 0;
            }
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var n = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (n <= 0) { _eof = true; return _end - _pos >= needed; }
            _end += n;
        }
        return true;
    }
}

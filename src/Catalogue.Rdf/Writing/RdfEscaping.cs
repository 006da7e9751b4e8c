using System.Buffers;
using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Escaping shared by the N-Triples, N-Quads and Turtle writers. Whatever the content of a term, the output can
/// never leave the IRI, string or label it is written in:
/// <list type="bullet">
/// <item>IRIs: characters that IRIREF forbids (controls, space, <c>&lt;&gt;"{}|^`\</c>) are <b>percent-encoded</b>
/// as their UTF-8 octets, the RFC 3987 IRI-to-URI mapping. <c>\u</c> escapes are not an option: RDF 1.1 Turtle
/// rejects <c>\u0020</c> in an IRI (W3C test turtle-syntax-bad-uri-escape-01). So such IRIs are written as the
/// equivalent valid IRI, not byte-identical; every IRI that is valid in RDF round-trips unchanged.</item>
/// <item>Strings: <c>"</c> and <c>\</c> and every C0 control and DEL are escaped (<c>\n \r \t \b \f</c> or <c>\u00XX</c>);
/// everything else, surrogate pairs included, is written as is (UTF-8 on a byte stream).</item>
/// <item>A lone UTF-16 surrogate cannot be encoded in UTF-8 nor escaped (<c>\uD800</c> is rejected by parsers), so it
/// becomes U+FFFD, in strings and IRIs alike.</item>
/// <item>Blank node labels are encoded injectively into <c>[A-Za-z0-9]</c> plus inner <c>-</c>, with <c>_HEX_</c>
/// for any other code point.</item>
/// </list>
/// </summary>
public static class RdfEscaping
{
    private static readonly SearchValues<char> IriSpecial =
        SearchValues.Create(Enumerable.Range(0, 0x21).Select(i => (char)i).Concat("<>\"{}|^`\\").Concat(Surrogates()).ToArray());

    private static readonly SearchValues<char> StringSpecial =
        SearchValues.Create(Enumerable.Range(0, 0x20).Select(i => (char)i).Concat("\"\\\u007F").Concat(Surrogates()).ToArray());

    private static IEnumerable<char> Surrogates() => Enumerable.Range(0xD800, 0x800).Select(i => (char)i);

    /// <summary>Writes <c>&lt;iri&gt;</c>.</summary>
    public static void WriteIriRef(TextWriter w, string iri)
    {
        w.Write('<');
        WriteIriBody(w, iri);
        w.Write('>');
    }

    public static void WriteIriBody(TextWriter w, ReadOnlySpan<char> iri)
    {
        while (true)
        {
            var i = iri.IndexOfAny(IriSpecial);
            if (i < 0) { w.Write(iri); return; }
            w.Write(iri[..i]);
            var c = iri[i];
            if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1]))
            {
                w.Write(iri.Slice(i, 2));
                iri = iri[(i + 2)..];
                continue;
            }
            if (char.IsSurrogate(c)) w.Write("%EF%BF%BD");
            else PercentEncode(w, c);
            iri = iri[(i + 1)..];
        }
    }

    private static void PercentEncode(TextWriter w, char asciiChar)
    {
        w.Write('%');
        w.Write(HexDigit(asciiChar >> 4));
        w.Write(HexDigit(asciiChar & 0xF));
    }

    /// <summary>Writes <c>"value"</c> with the escapes described on the class.</summary>
    public static void WriteQuotedString(TextWriter w, string value)
    {
        w.Write('"');
        ReadOnlySpan<char> s = value;
        while (true)
        {
            var i = s.IndexOfAny(StringSpecial);
            if (i < 0) { w.Write(s); break; }
            w.Write(s[..i]);
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                w.Write(s.Slice(i, 2));
                s = s[(i + 2)..];
                continue;
            }
            WriteStringEscape(w, c);
            s = s[(i + 1)..];
        }
        w.Write('"');
    }

    private static void WriteStringEscape(TextWriter w, char c)
    {
        switch (c)
        {
            case '"': w.Write("\\\""); break;
            case '\\': w.Write("\\\\"); break;
            case '\n': w.Write("\\n"); break;
            case '\r': w.Write("\\r"); break;
            case '\t': w.Write("\\t"); break;
            case '\b': w.Write("\\b"); break;
            case '\f': w.Write("\\f"); break;
            default:
                if (char.IsSurrogate(c)) { w.Write('\uFFFD'); break; }
                w.Write("\\u00");
                w.Write(HexDigit(c >> 4));
                w.Write(HexDigit(c & 0xF));
                break;
        }
    }

    /// <summary>Writes <c>@tag</c>; throws for a tag outside the LANGTAG grammar (it could otherwise inject syntax).</summary>
    public static void WriteLanguageTag(TextWriter w, string language)
    {
        if (!RdfChars.IsValidLanguageTag(language))
            throw new ArgumentException($"Invalid language tag '{language}'", nameof(language));
        w.Write('@');
        w.Write(language);
    }

    /// <summary>Writes <c>_:label</c>, encoding the label when it is not already a plain ASCII label.</summary>
    public static void WriteBlankNode(TextWriter w, string label)
    {
        w.Write("_:");
        if (IsPlainLabel(label)) w.Write(label);
        else w.Write(EncodeLabel(label));
    }

    private static bool IsPlainLabel(string label)
    {
        if (label.Length == 0 || !char.IsAsciiLetterOrDigit(label[0])) return false;
        foreach (var c in label)
            if (!char.IsAsciiLetterOrDigit(c) && c != '-') return false;
        return true;
    }

    /// <summary>Injective: letters and digits stay, '-' stays when not first, any other code point becomes _HEX_.</summary>
    public static string EncodeLabel(string label)
    {
        if (label.Length == 0) return "__";
        var sb = new System.Text.StringBuilder(label.Length + 8);
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (char.IsAsciiLetterOrDigit(c) || (c == '-' && i > 0)) { sb.Append(c); continue; }
            var cp = char.IsHighSurrogate(c) && i + 1 < label.Length && char.IsLowSurrogate(label[i + 1])
                ? char.ConvertToUtf32(c, label[++i])
                : c;
            sb.Append('_').Append(cp.ToString("X")).Append('_');
        }
        return sb.ToString();
    }

    private static char HexDigit(int v) => (char)(v < 10 ? '0' + v : 'A' + v - 10);
}

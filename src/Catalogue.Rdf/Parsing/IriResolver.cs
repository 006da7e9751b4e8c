using System.Text;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Resolves a relative IRI reference against a base IRI following RFC 3986 §5.2 (the algorithm of §5.2.2,
/// merge of §5.2.3 and remove_dot_segments of §5.2.4). Works on strings without System.Uri, which would
/// normalise, unescape and reject many valid IRIs.
/// </summary>
public static class IriResolver
{
    /// <summary>
    /// Returns <paramref name="relative"/> resolved against <paramref name="baseIri"/>. A reference that already
    /// has a scheme is returned unchanged (as N3.js and most RDF parsers do), which keeps absolute IRIs byte-exact.
    /// With an empty base the reference is returned as is.
    /// </summary>
    public static string Resolve(string baseIri, string relative)
    {
        if (HasScheme(relative) || string.IsNullOrEmpty(baseIri)) return relative;

        var b = Split(baseIri);
        var r = Split(relative);
        string? authority;
        string path;
        string? query;

        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        var sb = new StringBuilder(baseIri.Length + relative.Length);
        if (b.Scheme is not null) sb.Append(b.Scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (r.Fragment is not null) sb.Append('#').Append(r.Fragment);
        return sb.ToString();
    }

    /// <summary>True when the reference starts with <c>scheme ":"</c> (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )).</summary>
    public static bool HasScheme(string iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0])) return false;
        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return false;
        }
        return false;
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    // RFC 3986 appendix B: ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?
    private static Parts Split(string iri)
    {
        string? scheme = null, authority = null, query = null, fragment = null;
        var rest = iri.AsSpan();
        var hash = rest.IndexOf('#');
        if (hash >= 0) { fragment = rest[(hash + 1)..].ToString(); rest = rest[..hash]; }
        var q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..].ToString(); rest = rest[..q]; }
        if (HasScheme(rest.ToString()))
        {
            var colon = rest.IndexOf(':');
            scheme = rest[..colon].ToString();
            rest = rest[(colon + 1)..];
        }
        if (rest.StartsWith("//"))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/');
            var end = slash < 0 ? rest.Length : slash;
            authority = rest[..end].ToString();
            rest = rest[end..];
        }
        return new Parts(scheme, authority, rest.ToString(), query, fragment);
    }

    private static string Merge(Parts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0) return "/" + relativePath;
        var lastSlash = b.Path.LastIndexOf('/');
        return lastSlash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, lastSlash + 1), relativePath);
    }

    /// <summary>RFC 3986 §5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var input = path;
        var output = new StringBuilder(path.Length);
        while (input.Length > 0)
        {
            if (input.StartsWith("../")) input = input[3..];
            else if (input.StartsWith("./")) input = input[2..];
            else if (input.StartsWith("/./")) input = input[2..];
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../")) { input = input[3..]; RemoveLastSegment(output); }
            else if (input == "/..") { input = "/"; RemoveLastSegment(output); }
            else if (input == "." || input == "..") input = "";
            else
            {
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                if (next < 0) next = input.Length;
                output.Append(input, 0, next);
                input = input[next..];
            }
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] != '/') i--;
        output.Length = Math.Max(i, 0);
    }
}

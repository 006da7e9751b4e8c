namespace Catalogue.Api.Http;

/// <summary>Strong ETags from the record's revision number: every write bumps it, so equal tag = equal record.</summary>
public static class ETags
{
    private static readonly string[] Common = Enumerable.Range(0, 64).Select(r => $"\"r{r}\"").ToArray();

    public static string Format(int revision) => (uint)revision < (uint)Common.Length ? Common[revision] : $"\"r{revision}\"";

    /// <summary>The revision named by If-Match; null when absent; 412 for "*"-less garbage is the caller's call.</summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return null;
        var tag = header.Split(',')[0].Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        tag = tag.Trim('"');
        return tag.Length > 1 && tag[0] == 'r' && int.TryParse(tag.AsSpan(1), out var n) ? n : -1;
    }

    /// <summary>True when If-None-Match already names the current version (answer 304).</summary>
    public static bool NotModified(HttpRequest request, int revision)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false; // the common case: nothing to compare, nothing allocated
        var tag = Format(revision);
        foreach (var value in header)
            foreach (var part in (value ?? "").Split(','))
            {
                var t = part.AsSpan().Trim();
                if (t.StartsWith("W/")) t = t[2..];
                if (t.SequenceEqual(tag) || t.SequenceEqual("*")) return true;
            }
        return false;
    }
}

namespace Catalogue.Api.Http;

/// <summary>Strong ETags from the record's revision number: every write bumps it, so equal tag = equal record.</summary>
public static class ETags
{
    public static string Format(int revision) => $"\"r{revision}\"";

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
    public static bool NotModified(HttpRequest request, int revision) =>
        request.Headers.IfNoneMatch.ToString().Split(',').Select(t => t.Trim()).Any(t => t == Format(revision) || t == "W/" + Format(revision) || t == "*");
}

using System.Globalization;

namespace Catalogue.Api.Dcat;

/// <summary>
/// Picks a representation from the Accept header (RFC 9110 §12.5.1): each offered type takes the q-value of the most
/// specific range matching it (exact, then type/*, then */*), q=0 means "not this", and ties go to the server's order.
/// No Accept header means anything goes.
/// </summary>
public static class RdfNegotiation
{
    public const string Html = "text/html";

    /// <summary>The chosen media type among <paramref name="offered"/> (in preference order), or null when none is acceptable.</summary>
    public static string? Choose(string? accept, IReadOnlyList<string> offered)
    {
        if (string.IsNullOrWhiteSpace(accept)) return offered[0];
        var ranges = Parse(accept);
        string? best = null;
        var bestQ = 0.0;
        foreach (var type in offered)
        {
            var q = QualityOf(type, ranges);
            if (q > bestQ) { best = type; bestQ = q; }
        }
        return best;
    }

    private static double QualityOf(string type, List<(string Type, string Subtype, double Q)> ranges)
    {
        var parts = type.Split('/');
        (int Specificity, double Q)? match = null;
        foreach (var r in ranges)
        {
            var specificity = r.Type == parts[0] && r.Subtype == parts[1] ? 3
                : r.Type == parts[0] && r.Subtype == "*" ? 2
                : r.Type == "*" && r.Subtype == "*" ? 1 : 0;
            if (specificity > 0 && (match is null || specificity > match.Value.Specificity)) match = (specificity, r.Q);
        }
        return match?.Q ?? 0;
    }

    private static List<(string Type, string Subtype, double Q)> Parse(string accept)
    {
        var result = new List<(string, string, double)>();
        foreach (var item in accept.Split(','))
        {
            var parts = item.Split(';');
            var media = parts[0].Trim().ToLowerInvariant();
            var slash = media.IndexOf('/');
            if (slash <= 0) continue;
            var q = 1.0;
            foreach (var p in parts.Skip(1))
            {
                var kv = p.Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(kv[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                    q = Math.Clamp(parsed, 0, 1);
            }
            result.Add((media[..slash], media[(slash + 1)..], q));
        }
        return result;
    }
}

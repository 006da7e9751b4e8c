namespace Catalogue.GraphQL.Http;

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>
    /// Picks the response media type from an Accept header, honouring q-values. A missing header, */* and
    /// application/* mean application/json, as the GraphQL-over-HTTP spec asks for legacy clients.
    /// Returns null when nothing acceptable is offered (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        var ranges = accept.Split(',')
            .Select((part, index) => (Range: ParseRange(part), Index: index))
            .Where(r => r.Range.Q > 0)
            .OrderByDescending(r => r.Range.Q)
            .ThenBy(r => r.Index);
        foreach (var (range, _) in ranges)
        {
            switch (range.Type)
            {
                case GraphQLResponse: return GraphQLResponse;
                case Json: return Json;
                case "application/*":
                case "*/*": return Json;
            }
        }
        return null;
    }

    /// <summary>Whether the Accept header asks for HTML (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(string? accept)
        => accept is not null && accept.Split(',').Any(part => ParseRange(part).Type == Html);

    /// <summary>The media type without parameters, lower-cased, and its charset parameter if any.</summary>
    public static (string Type, string? Charset) ParseContentType(string contentType)
    {
        var parts = contentType.Split(';');
        string? charset = null;
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                charset = pair[1].Trim().Trim('"');
        }
        return (parts[0].Trim().ToLowerInvariant(), charset);
    }

    private static (string Type, double Q) ParseRange(string part)
    {
        var pieces = part.Split(';');
        var q = 1.0;
        foreach (var parameter in pieces.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim() == "q" &&
                double.TryParse(pair[1].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                q = parsed;
        }
        return (pieces[0].Trim().ToLowerInvariant(), q);
    }
}

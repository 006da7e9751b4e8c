using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalogue.Emulators.DataCite.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Catalogue.Emulators.DataCite.Endpoints;

/// <summary>
/// <c>GET /dois</c> over the lagging index (CONTRACT.md §8): filters, a subset of the query syntax, page-number
/// and cursor pagination with lupo's <c>meta</c>/<c>links</c> rules. Facets are not emulated.
/// </summary>
internal static partial class ListDoisEndpoint
{
    private const int MaxWindow = 10_000;

    public static IResult ListDois(HttpContext context, DataCiteEmulatorState state)
    {
        EmulatedRepository? caller = BasicAuth.Authenticate(context, state);
        IQueryCollection q = context.Request.Query;
        bool cursorMode = q.ContainsKey("page[cursor]");
        if (cursorMode && HttpHelpers.Flag(context.Request, "random"))
            return HttpHelpers.Error(400, "Cursor-based pagination and random sampling are mutually exclusive, please choose one or the other.");
        int size = int.TryParse(q["page[size]"], out int s) ? Math.Clamp(s, 1, 1000) : 25;

        List<IndexEntry> matches;
        lock (state.Gate)
        {
            matches = state.IndexedDois().Where(e => Matches(e, q, caller)).ToList();
        }
        RenderFlags flags = DoiEndpoints.Flags(context.Request);
        string self = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}";
        var meta = new JsonObject { ["total"] = matches.Count };
        var links = new JsonObject { ["self"] = self };
        List<IndexEntry> page;

        if (cursorMode)
        {
            matches = matches.OrderBy(Created).ThenBy(e => e.Doi, StringComparer.Ordinal).ToList();
            (long afterMillis, string afterDoi) = DecodeCursor(q["page[cursor]"].ToString());
            List<IndexEntry> rest = matches
                .Where(e => Created(e) > afterMillis || (Created(e) == afterMillis && string.CompareOrdinal(e.Doi, afterDoi) > 0)).ToList();
            page = rest.Take(size).ToList();
            meta["totalPages"] = (int)Math.Ceiling(matches.Count / (double)size);
            if (rest.Count > size) links["next"] = NextLink(context, "page[cursor]", EncodeCursor(page[^1]));
        }
        else
        {
            matches = Sort(matches, q["sort"].ToString());
            int totalPages = (int)Math.Ceiling(Math.Min(matches.Count, MaxWindow) / (double)size);
            int number = int.TryParse(q["page[number]"], out int n) ? Math.Clamp(n, 1, Math.Max(1, MaxWindow / size)) : 1;
            page = matches.Skip((number - 1) * size).Take(size).ToList();
            meta["totalPages"] = totalPages;
            meta["page"] = number;
            if (number < totalPages && page.Count == size) links["next"] = NextLink(context, "page[number]", (number + 1).ToString(CultureInfo.InvariantCulture));
        }

        var data = new JsonArray(page.Select(e => (JsonNode)DoiRenderer.Resource(e.Doi, e.ClientId, e.Attributes, e.Relationships,
            state.Repositories.GetValueOrDefault(e.ClientId), flags)).ToArray());
        return HttpHelpers.Json(new JsonObject { ["data"] = data, ["meta"] = meta, ["links"] = links });
    }

    private static bool Matches(IndexEntry e, IQueryCollection q, EmulatedRepository? caller)
    {
        string state = e.Attributes["state"]?.ToString() ?? "draft";
        bool own = caller is not null && caller.Id.Equals(e.ClientId, StringComparison.OrdinalIgnoreCase);
        if (state != "findable" && !own) return false;
        if (!InList(q["client-id"], e.ClientId)) return false;
        if (!InList(q["prefix"], e.Doi[..e.Doi.IndexOf('/')])) return false;
        if (!InList(q["state"], state)) return false;
        string ids = q.ContainsKey("ids") ? q["ids"].ToString() : q["id"].ToString();
        if (!InList(ids, e.Doi)) return false;
        return MatchesQuery(e.Attributes, q["query"].ToString());
    }

    /// <summary>A subset of Elasticsearch query_string: AND-joined <c>updated:[from TO *]</c>, <c>field:value</c> and free words.</summary>
    private static bool MatchesQuery(JsonObject a, string query)
    {
        if (string.IsNullOrWhiteSpace(query)) return true;
        string flat = string.Join("\n", Strings(a));
        foreach (string raw in AndSplitter().Split(query))
        {
            string term = raw.Trim().Trim('(', ')').Trim();
            if (term.Length == 0) continue;
            if (RangeTerm().Match(term) is { Success: true } range)
            {
                string field = range.Groups["field"].Value, from = range.Groups["from"].Value;
                string value = a[field]?.ToString() ?? "";
                if (from != "*" && string.CompareOrdinal(Normalise(value), Normalise(from)) < 0) return false;
                continue;
            }
            string needle = term.Contains(':') ? term[(term.IndexOf(':') + 1)..].Trim('"') : term.Trim('"');
            if (!flat.Contains(needle, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>Every string value of the record (ToJsonString would escape accents).</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue v => [v.ToString()],
        _ => [],
    };

    private static string Normalise(string timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t)
            ? t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)
            : timestamp;

    private static List<IndexEntry> Sort(List<IndexEntry> items, string sort) => sort switch
    {
        "updated" => items.OrderBy(e => Text(e, "updated"), StringComparer.Ordinal).ToList(),
        "created" => items.OrderBy(Created).ToList(),
        "-created" => items.OrderByDescending(Created).ToList(),
        "name" => items.OrderBy(e => e.Doi, StringComparer.Ordinal).ToList(),
        "-name" => items.OrderByDescending(e => e.Doi, StringComparer.Ordinal).ToList(),
        _ => items.OrderByDescending(e => Text(e, "updated"), StringComparer.Ordinal).ToList(),
    };

    private static bool InList(string? filter, string value) =>
        string.IsNullOrEmpty(filter) || filter.Split(',', StringSplitOptions.TrimEntries).Any(f => f.Equals(value, StringComparison.OrdinalIgnoreCase));

    private static string Text(IndexEntry e, string key) => e.Attributes[key]?.ToString() ?? "";

    private static long Created(IndexEntry e) =>
        DateTimeOffset.TryParse(Text(e, "created"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t)
            ? t.ToUnixTimeMilliseconds() : 0;

    /// <summary>lupo's cursor: base64url of <c>"createdMillis,doi"</c> without padding.</summary>
    private static string EncodeCursor(IndexEntry e) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{Created(e)},{e.Doi}"));

    /// <summary>An invalid or empty cursor starts from the beginning, as in lupo.</summary>
    private static (long, string) DecodeCursor(string cursor)
    {
        try
        {
            string text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
            int comma = text.IndexOf(',');
            if (comma > 0 && long.TryParse(text[..comma], out long millis)) return (millis, text[(comma + 1)..]);
        }
        catch (FormatException)
        {
        }
        return (long.MinValue, "");
    }

    private static string NextLink(HttpContext context, string key, string value)
    {
        var query = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString());
        query[key] = value;
        string qs = string.Join("&", query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?{qs}";
    }

    [GeneratedRegex(@"\s+AND\s+")]
    private static partial Regex AndSplitter();

    [GeneratedRegex(@"^(?<field>\w+):\[(?<from>\S+)\s+TO\s+(?<to>\S+)\]$")]
    private static partial Regex RangeTerm();
}

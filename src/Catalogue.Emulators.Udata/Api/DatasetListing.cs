using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// <c>GET /datasets/</c> and <c>/organizations/{org}/datasets/</c>: filters, sorts and the page
/// envelope of contract §2 (absolute <c>next_page</c>, 400 on bad page args, 404 past the end).
/// </summary>
internal static partial class DatasetListing
{
    private static readonly string[] Sorts = ["title", "created", "last_update", "reuses", "followers", "views"];

    public static IResult List(HttpContext http, UdataEmulatorState state, EmulatorUser? user, string? scopeOrganizationId)
    {
        IQueryCollection query = http.Request.Query;
        if (!TryPositive(query, "page", 1, out int page) || !TryPositive(query, "page_size", 20, out int pageSize))
            return Replies.Json(new JsonObject { ["errors"] = new JsonObject { ["page"] = "Must be a positive integer" }, ["message"] = "Input payload validation failed" }, 400);

        string? organization = scopeOrganizationId ?? query["organization"];
        if (organization is not null && !ObjectId().IsMatch(organization))
            return Replies.Message(400, "Organization arg must be an identifier");
        string? owner = query["owner"];
        if (owner is not null && !ObjectId().IsMatch(owner)) return Replies.Message(400, "Owner arg must be an identifier");

        bool? deleted = Flag(query["deleted"]), isPrivate = Flag(query["private"]), archived = Flag(query["archived"]);
        if ((deleted ?? isPrivate ?? archived) is not null && user is null)
            return Replies.Message(401, "Authentication is required to filter on deleted, private or archived datasets.");

        string sort = query["sort"].FirstOrDefault() ?? "-created";
        if (!Sorts.Contains(sort.TrimStart('-')))
            return Replies.Json(new JsonObject { ["errors"] = new JsonObject { ["sort"] = $"The value '{sort}' is not a valid choice for 'sort'." }, ["message"] = "Input payload validation failed" }, 400);

        // The filtered, sorted list is kept between pages until the next write: paging through 50,000 datasets
        // sorts once instead of once per page.
        string key = ListingKey(query, user, scopeOrganizationId);
        List<StoredDataset> matches;
        lock (state.Gate)
        {
            if (state.ListingsVersion != state.Version || state.Listings.Count > 64)
            {
                state.Listings.Clear();
                state.ListingsVersion = state.Version;
            }
            if (!state.Listings.TryGetValue(key, out matches!))
            {
                IEnumerable<StoredDataset> candidates = state.Datasets.Where(d => IsListedFor(d, user, scopeOrganizationId is not null));
                if (organization is not null) candidates = candidates.Where(d => string.Equals(d.OrganizationId, organization, StringComparison.OrdinalIgnoreCase));
                if (owner is not null) candidates = candidates.Where(d => d.OwnerId == owner);
                if (deleted is { } wantDeleted) candidates = candidates.Where(d => d.IsDeleted == wantDeleted);
                if (isPrivate is { } wantPrivate) candidates = candidates.Where(d => d.IsPrivate == wantPrivate);
                if (archived is { } wantArchived) candidates = candidates.Where(d => d.IsArchived == wantArchived);
                foreach (string tag in query["tag"].OfType<string>())
                    candidates = candidates.Where(d => (d.Document["tags"] as JsonArray)?.Any(t => (string?)t == tag) == true);
                if (query["license"].FirstOrDefault() is { } license) candidates = candidates.Where(d => (string?)d.Document["license"] == license);
                if (query["geozone"].FirstOrDefault() is { } zone)
                    candidates = candidates.Where(d => (d.Document["spatial"] as JsonObject)?["zones"] is JsonArray zones && zones.Any(z => (string?)z == zone));
                if (query["q"].FirstOrDefault() is { Length: > 0 } text) candidates = candidates.Where(d => MatchesAllWords(d, text));
                matches = Sort(candidates, sort).ToList();
                state.Listings[key] = matches;
            }
        }

        long skip = (long)(page - 1) * pageSize;
        int count = skip >= matches.Count ? 0 : (int)Math.Min(pageSize, matches.Count - skip);
        if (count == 0 && page != 1) return Replies.Message(404, "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.");

        FieldMask? mask = FieldMask.FromHeader(http);
        FieldMask? itemMask = mask is null || mask.All ? null : mask.Fields.GetValueOrDefault("data");
        var data = new JsonArray();
        if (mask is null || mask.Includes("data"))
            lock (state.Gate)
                for (int i = 0; i < count; i++) data.Add(DatasetLookup.Render(http, matches[(int)skip + i], itemMask));
        bool hasNext = skip + pageSize < matches.Count;
        var envelope = new JsonObject
        {
            ["data"] = data, ["page"] = page, ["page_size"] = pageSize, ["total"] = matches.Count,
            ["next_page"] = hasNext ? PageUrl(http, page + 1) : null,
            ["previous_page"] = page > 1 ? PageUrl(http, page - 1) : null,
        };
        if (mask is not null && !mask.All)
            foreach (string field in envelope.Select(kv => kv.Key).ToList())
                if (!mask.Includes(field)) envelope.Remove(field);
        return Replies.Json(envelope);
    }

    /// <summary>What makes two listings the same list: the caller, the scope and every argument but the page.</summary>
    private static string ListingKey(IQueryCollection query, EmulatorUser? user, string? scopeOrganizationId)
    {
        var key = new StringBuilder().Append(user?.Id).Append('|').Append(scopeOrganizationId).Append('|');
        foreach (var (name, values) in query.Where(q => q.Key is not ("page" or "page_size")).OrderBy(q => q.Key, StringComparer.Ordinal))
            key.Append(name).Append('=').Append(string.Join('\u001f', values.ToArray())).Append('&');
        return key.ToString();
    }

    /// <summary>
    /// Public lists hide private, deleted and archived datasets, except the caller's own. The
    /// organisation view only hides private ones: it is "not filtered on deleted/archived" (contract §3.1).
    /// </summary>
    private static bool IsListedFor(StoredDataset dataset, EmulatorUser? user, bool organizationView) =>
        dataset.CanBeEditedBy(user) || (!dataset.IsPrivate && (organizationView || (!dataset.IsDeleted && !dataset.IsArchived)));

    private static IEnumerable<StoredDataset> Sort(IEnumerable<StoredDataset> datasets, string sort)
    {
        bool descending = sort.StartsWith('-');
        Func<StoredDataset, IComparable?> key = sort.TrimStart('-') switch
        {
            "title" => d => (string?)d.Document["title"],
            "created" => d => UdataTime.Parse((string?)(d.Document["internal"] as JsonObject)?["created_at_internal"] ?? (string?)d.Document["created_at_internal"] ?? (string?)d.Document["created_at"]),
            "last_update" => d => UdataTime.Parse((string?)d.Document["last_update"]),
            var metric => d => (d.Document["metrics"] as JsonObject)?[metric]?.GetValue<int>() ?? 0,
        };
        // Ties keep a stable order by id so that pages never overlap.
        return descending
            ? datasets.OrderByDescending(key).ThenBy(d => d.Id, StringComparer.Ordinal)
            : datasets.OrderBy(key).ThenBy(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Mongo text search as udata uses it: every word must appear, accents ignored.</summary>
    private static bool MatchesAllWords(StoredDataset dataset, string query)
    {
        string haystack = Fold($"{dataset.Document["title"]} {dataset.Document["description"]} {string.Join(' ', (dataset.Document["tags"] as JsonArray ?? []).Select(t => (string?)t))}");
        return query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => haystack.Contains(Fold(word), StringComparison.Ordinal));
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (char c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString();
    }

    private static string PageUrl(HttpContext http, int page)
    {
        var args = http.Request.Query.Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Prepend($"page={page.ToString(CultureInfo.InvariantCulture)}");
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}?{string.Join('&', args)}";
    }

    private static bool TryPositive(IQueryCollection query, string name, int fallback, out int value)
    {
        value = fallback;
        string? text = query[name];
        return text is null || (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value > 0);
    }

    private static bool? Flag(string? text) => text?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "1" or "yes" => true,
        _ => false,
    };

    [GeneratedRegex("^[0-9a-fA-F]{24}$")]
    public static partial Regex ObjectId();
}

namespace Catalogue.Sync.DataCite;

/// <summary>
/// Parameters of <c>GET /dois</c> (CONTRACT.md §8). Use <see cref="Cursor"/> (start with <c>""</c>) for full
/// harvests: page numbers stop at 10,000 results.
/// </summary>
public sealed record DoiListQuery
{
    public string? ClientId { get; init; }
    public string? Prefix { get; init; }
    /// <summary>Comma list of states (draft, registered, findable).</summary>
    public string? State { get; init; }
    /// <summary>Elasticsearch query_string, e.g. <c>titles.title:santé</c>.</summary>
    public string? Query { get; init; }
    /// <summary>Adds <c>updated:[since TO *]</c> to the query (incremental pull).</summary>
    public DateTimeOffset? UpdatedSince { get; init; }
    public int? PageNumber { get; init; }
    /// <summary>1–1000; DataCite defaults to 25.</summary>
    public int? PageSize { get; init; }
    /// <summary>Cursor pagination: <c>""</c> to start, then the value from <c>links.next</c>.</summary>
    public string? Cursor { get; init; }
    /// <summary>e.g. <c>-updated</c> (the default), <c>created</c>.</summary>
    public string? Sort { get; init; }
    public bool Detail { get; init; }
    public bool DisableFacets { get; init; } = true;

    /// <summary>The query string, starting with <c>?</c>. Publisher and affiliation are always read as objects.</summary>
    public string ToQueryString()
    {
        var parts = new List<string> { "publisher=true", "affiliation=true" };
        Add(parts, "client-id", ClientId);
        Add(parts, "prefix", Prefix);
        Add(parts, "state", State);
        Add(parts, "query", CombinedQuery());
        Add(parts, "sort", Sort);
        if (Cursor is not null) parts.Add("page[cursor]=" + Uri.EscapeDataString(Cursor));
        if (PageNumber is { } n) parts.Add($"page[number]={n}");
        if (PageSize is { } s) parts.Add($"page[size]={s}");
        if (Detail) parts.Add("detail=true");
        if (DisableFacets) parts.Add("disable-facets=true");
        return "?" + string.Join("&", parts);
    }

    private string? CombinedQuery()
    {
        string? since = UpdatedSince is { } u ? $"updated:[{u.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} TO *]" : null;
        if (since is null) return Query;
        return string.IsNullOrWhiteSpace(Query) ? since : $"({Query}) AND {since}";
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
    }
}

using System.Globalization;
using System.Text;

namespace Catalogue.Sync.Udata;

/// <summary>
/// Arguments of <c>GET /api/1/datasets/</c> (contract §2.2). <see cref="Organization"/> must be an
/// ObjectId, not a slug. <see cref="Deleted"/>, <see cref="Private"/> and <see cref="Archived"/> need a key.
/// </summary>
public sealed record UdataDatasetQuery
{
    public string? Organization { get; init; }
    public string? Owner { get; init; }
    /// <summary>title, created, last_update, reuses, followers or views, optionally prefixed with <c>-</c>.</summary>
    public string? Sort { get; init; }
    public string? Q { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? License { get; init; }
    public string? GeoZone { get; init; }
    public bool? Deleted { get; init; }
    public bool? Private { get; init; }
    public bool? Archived { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>
    /// A flask-restx field mask sent as the <c>X-Fields</c> header (not in the query string), e.g.
    /// <c>data{id,internal},next_page</c>: udata then renders only those fields. It applies to every page.
    /// </summary>
    public string? Fields { get; init; }

    internal string ToQueryString()
    {
        var query = new StringBuilder();
        void Add(string name, string? value)
        {
            if (value is null) return;
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        Add("q", Q);
        Add("organization", Organization);
        Add("owner", Owner);
        foreach (string tag in Tags) Add("tag", tag);
        Add("license", License);
        Add("geozone", GeoZone);
        Add("deleted", Flag(Deleted));
        Add("private", Flag(Private));
        Add("archived", Flag(Archived));
        Add("sort", Sort);
        Add("page", Page.ToString(CultureInfo.InvariantCulture));
        Add("page_size", PageSize.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    private static string? Flag(bool? value) => value switch { null => null, true => "true", false => "false" };
}

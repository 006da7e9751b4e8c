using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Udata;

/// <summary>v1 list envelope; <c>next_page</c> is an absolute URL or null on the last page.</summary>
public sealed class UdataPage<T>
{
    [JsonPropertyName("data")] public List<T> Data { get; set; } = [];
    [JsonPropertyName("page")] public int Page { get; set; }
    [JsonPropertyName("page_size")] public int PageSize { get; set; }
    [JsonPropertyName("total")] public int Total { get; set; }
    [JsonPropertyName("next_page")] public string? NextPage { get; set; }
    [JsonPropertyName("previous_page")] public string? PreviousPage { get; set; }
}

public sealed class UdataOrganization
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("acronym")] public string? Acronym { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("business_number_id")] public string? BusinessNumberId { get; set; }
    [JsonPropertyName("badges")] public List<UdataBadge>? Badges { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("last_modified")] public DateTimeOffset? LastModified { get; set; }
    [JsonPropertyName("deleted")] public DateTimeOffset? Deleted { get; set; }
    [JsonPropertyName("page")] public string? Page { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("extras")] public Dictionary<string, JsonElement>? Extras { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}

public sealed record UdataLicense(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("maintainer")] string? Maintainer,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("flags")] List<string>? Flags,
    [property: JsonPropertyName("alternate_urls")] List<string>? AlternateUrls,
    [property: JsonPropertyName("alternate_titles")] List<string>? AlternateTitles);

public sealed record UdataFrequency(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label);

public sealed record UdataGranularity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);

public sealed record UdataZoneSuggestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("level")] string? Level,
    [property: JsonPropertyName("uri")] string? Uri);

/// <summary>
/// Error bodies (contract §2.3): <c>{"message"}</c>, form errors <c>{"errors":{field:[msgs]}}</c>,
/// model errors <c>{"errors":{field:"msg"},"message"}</c>, upload errors <c>{"success":false,"error"}</c>.
/// </summary>
public sealed class UdataError
{
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("errors")] public JsonElement? Errors { get; set; }
    [JsonPropertyName("error")] public string? Error { get; set; }

    /// <summary>Field errors flattened to <c>field</c> → messages; nested forms use dotted paths.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors => UdataFieldErrors.Flatten(Errors);

    public string Describe()
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Message)) parts.Add(Message!);
        if (!string.IsNullOrEmpty(Error)) parts.Add(Error!);
        foreach (var (field, messages) in FieldErrors) parts.Add($"{field}: {string.Join("; ", messages)}");
        return parts.Count == 0 ? "(no error body)" : string.Join(" | ", parts);
    }
}

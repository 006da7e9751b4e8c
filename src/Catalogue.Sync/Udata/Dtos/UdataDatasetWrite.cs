using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Udata;

/// <summary>
/// The full writable representation of a dataset (contract §4.1 "W" fields). Every property is
/// serialised, nulls included, because udata's PUT is form-based: an absent <c>tags</c> or
/// <c>temporal_coverage</c> is cleared (contract §6). <c>resources</c> is deliberately absent
/// (absent keeps them; present would replace the list) and so is <c>deleted</c> (null restores).
/// </summary>
public sealed record UdataDatasetWrite
{
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("description")] public required string Description { get; init; }
    [JsonPropertyName("acronym")] public string? Acronym { get; init; }
    [JsonPropertyName("description_short")] public string? DescriptionShort { get; init; }
    /// <summary>Always sent: the website guide warns an omitted flag has published drafts.</summary>
    [JsonPropertyName("private")] public bool Private { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];
    [JsonPropertyName("license")] public string? License { get; init; }
    [JsonPropertyName("frequency")] public string? Frequency { get; init; }
    [JsonPropertyName("frequency_date")] public DateTimeOffset? FrequencyDate { get; init; }
    [JsonPropertyName("temporal_coverage")] public UdataTemporalCoverage? TemporalCoverage { get; init; }
    [JsonPropertyName("spatial")] public UdataSpatial? Spatial { get; init; }
    [JsonPropertyName("archived")] public DateTimeOffset? Archived { get; init; }
    /// <summary>Organisation id; only honoured on create (a change on PUT is a transfer, 400).</summary>
    [JsonPropertyName("organization")] public string? Organization { get; init; }
    [JsonPropertyName("extras")] public Dictionary<string, JsonElement>? Extras { get; init; }
    [JsonPropertyName("contact_points")] public IReadOnlyList<string> ContactPoints { get; init; } = [];
    [JsonPropertyName("access_type")] public string? AccessType { get; init; }
    [JsonPropertyName("access_audiences")] public IReadOnlyList<UdataAccessAudience>? AccessAudiences { get; init; }
    [JsonPropertyName("authorization_request_url")] public string? AuthorizationRequestUrl { get; init; }
    [JsonPropertyName("access_type_reason_category")] public string? AccessTypeReasonCategory { get; init; }
    [JsonPropertyName("access_type_reason")] public string? AccessTypeReason { get; init; }

    /// <summary>GET → modify → PUT: the writable projection of a fetched dataset.</summary>
    public static UdataDatasetWrite From(UdataDataset dataset) => new()
    {
        Title = dataset.Title,
        Description = dataset.Description,
        Acronym = dataset.Acronym,
        DescriptionShort = dataset.DescriptionShort,
        Private = dataset.Private,
        Tags = dataset.Tags.ToList(),
        License = dataset.License,
        Frequency = dataset.Frequency,
        FrequencyDate = dataset.FrequencyDate,
        TemporalCoverage = dataset.TemporalCoverage,
        Spatial = dataset.Spatial,
        Archived = dataset.Archived,
        Organization = dataset.Organization?.Id,
        Extras = dataset.Extras is null ? null : new Dictionary<string, JsonElement>(dataset.Extras),
        ContactPoints = dataset.ContactPoints.Select(c => c.Id).ToList(),
        AccessType = dataset.AccessType,
        AccessAudiences = dataset.AccessAudiences,
        AuthorizationRequestUrl = dataset.AuthorizationRequestUrl,
        AccessTypeReasonCategory = dataset.AccessTypeReasonCategory,
        AccessTypeReason = dataset.AccessTypeReason,
    };
}

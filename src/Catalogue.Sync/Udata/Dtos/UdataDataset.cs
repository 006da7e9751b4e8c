using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.Udata;

/// <summary>A v1 dataset as data.gouv.fr returns it (contract §4.1). Unknown fields are kept in <see cref="AdditionalFields"/>.</summary>
public sealed class UdataDataset
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("acronym")] public string? Acronym { get; set; }
    [JsonPropertyName("slug")] public string Slug { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("description_short")] public string? DescriptionShort { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("last_modified")] public DateTimeOffset? LastModified { get; set; }
    [JsonPropertyName("last_update")] public DateTimeOffset? LastUpdate { get; set; }
    [JsonPropertyName("deleted")] public DateTimeOffset? Deleted { get; set; }
    [JsonPropertyName("archived")] public DateTimeOffset? Archived { get; set; }
    [JsonPropertyName("private")] public bool Private { get; set; }
    [JsonPropertyName("featured")] public bool? Featured { get; set; }
    [JsonPropertyName("tags")] public List<string> Tags { get; set; } = [];
    [JsonPropertyName("badges")] public List<UdataBadge> Badges { get; set; } = [];
    [JsonPropertyName("resources")] public List<UdataResource> Resources { get; set; } = [];
    [JsonPropertyName("frequency")] public string? Frequency { get; set; }
    [JsonPropertyName("frequency_date")] public DateTimeOffset? FrequencyDate { get; set; }
    [JsonPropertyName("temporal_coverage")] public UdataTemporalCoverage? TemporalCoverage { get; set; }
    [JsonPropertyName("spatial")] public UdataSpatial? Spatial { get; set; }
    [JsonPropertyName("license")] public string? License { get; set; }
    [JsonPropertyName("organization")] public UdataOrganizationReference? Organization { get; set; }
    [JsonPropertyName("owner")] public UdataUserReference? Owner { get; set; }
    [JsonPropertyName("extras")] public Dictionary<string, JsonElement>? Extras { get; set; }
    [JsonPropertyName("harvest")] public JsonElement? Harvest { get; set; }
    [JsonPropertyName("internal")] public UdataInternal? Internal { get; set; }
    /// <summary>Read as full contact point objects; written back as ids (see <see cref="UdataDatasetWrite"/>).</summary>
    [JsonPropertyName("contact_points")] public List<UdataContactPoint> ContactPoints { get; set; } = [];
    [JsonPropertyName("access_type")] public string? AccessType { get; set; }
    [JsonPropertyName("access_audiences")] public List<UdataAccessAudience>? AccessAudiences { get; set; }
    [JsonPropertyName("authorization_request_url")] public string? AuthorizationRequestUrl { get; set; }
    [JsonPropertyName("access_type_reason_category")] public string? AccessTypeReasonCategory { get; set; }
    [JsonPropertyName("access_type_reason")] public string? AccessTypeReason { get; set; }
    [JsonPropertyName("schema")] public UdataSchemaReference? Schema { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("page")] public string? Page { get; set; }

    /// <summary>Read-only blocks we do not model (metrics, quality, permissions…).</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}

public sealed record UdataBadge([property: JsonPropertyName("kind")] string Kind);

/// <summary>The reliable sync timestamps (contract §5).</summary>
public sealed record UdataInternal(
    [property: JsonPropertyName("created_at_internal")] DateTimeOffset? CreatedAtInternal,
    [property: JsonPropertyName("last_modified_internal")] DateTimeOffset? LastModifiedInternal);

/// <summary>Date-only period; <c>End</c> may be open.</summary>
public sealed record UdataTemporalCoverage(
    [property: JsonPropertyName("start")] DateOnly Start,
    [property: JsonPropertyName("end")] DateOnly? End);

/// <summary>Zones (e.g. <c>country:fr</c>) XOR a GeoJSON geometry, plus a granularity id.</summary>
public sealed record UdataSpatial
{
    [JsonPropertyName("zones")] public List<string>? Zones { get; init; }
    [JsonPropertyName("granularity")] public string? Granularity { get; init; }
    [JsonPropertyName("geom")] public JsonElement? Geom { get; init; }
}

public sealed record UdataSchemaReference(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("url")] string? Url);

public sealed record UdataAccessAudience(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("condition")] string Condition);

public sealed class UdataContactPoint
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("contact_form")] public string? ContactForm { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}

public sealed class UdataOrganizationReference
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("acronym")] public string? Acronym { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("page")] public string? Page { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
    [JsonPropertyName("logo")] public string? Logo { get; set; }
    [JsonPropertyName("logo_thumbnail")] public string? LogoThumbnail { get; set; }
    [JsonPropertyName("badges")] public List<UdataBadge>? Badges { get; set; }
}

public sealed class UdataUserReference
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("first_name")] public string? FirstName { get; set; }
    [JsonPropertyName("last_name")] public string? LastName { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("page")] public string? Page { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
}

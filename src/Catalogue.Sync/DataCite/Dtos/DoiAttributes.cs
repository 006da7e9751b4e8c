using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Catalogue.Sync.DataCite.Dtos;

/// <summary>
/// The <c>attributes</c> object of a JSON:API <c>dois</c> resource, as lupo's serializer writes it and its
/// <c>safe_params</c> reads it (CONTRACT.md §4). Every property is nullable: on writes an absent (null) key is
/// left unchanged by DataCite (partial update), so only what we mean to set is sent.
/// Read-only attributes are ignored by DataCite when sent, so they are never set on requests.
/// </summary>
public sealed record DoiAttributes
{
    public string? Doi { get; init; }
    /// <summary>Input only for suffix generation; response: derived from <see cref="Doi"/>.</summary>
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    /// <summary><c>publish</c>, <c>register</c>, <c>hide</c> or <c>show</c> (see <see cref="DoiEvents"/>).</summary>
    public string? Event { get; init; }
    public string? State { get; init; }
    public string? Url { get; init; }
    public DoiTypes? Types { get; init; }
    public IReadOnlyList<DoiCreator>? Creators { get; init; }
    public IReadOnlyList<DoiTitle>? Titles { get; init; }
    /// <summary>A plain string unless read with <c>?publisher=true</c>; always sent as an object.</summary>
    public DoiPublisher? Publisher { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? PublicationYear { get; init; }
    public IReadOnlyList<DoiSubject>? Subjects { get; init; }
    public IReadOnlyList<DoiContributor>? Contributors { get; init; }
    public IReadOnlyList<DoiDate>? Dates { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<DoiAlternateIdentifier>? AlternateIdentifiers { get; init; }
    public IReadOnlyList<DoiIdentifier>? Identifiers { get; init; }
    public IReadOnlyList<DoiRelatedIdentifier>? RelatedIdentifiers { get; init; }
    public IReadOnlyList<string>? Sizes { get; init; }
    public IReadOnlyList<string>? Formats { get; init; }
    /// <summary>DataCite may answer a number sent as <c>45</c> with <c>"45"</c>; both are read.</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Version { get; init; }
    public IReadOnlyList<DoiRights>? RightsList { get; init; }
    public IReadOnlyList<DoiDescription>? Descriptions { get; init; }
    public IReadOnlyList<DoiGeoLocation>? GeoLocations { get; init; }
    public IReadOnlyList<DoiFundingReference>? FundingReferences { get; init; }
    /// <summary>Base64 DataCite XML: returned regenerated on single GETs; optional input.</summary>
    public string? Xml { get; init; }
    public IReadOnlyList<string>? ContentUrl { get; init; }
    public string? SchemaVersion { get; init; }
    /// <summary><c>api</c> by default; <c>fabricaForm</c> after an edit in Fabrica.</summary>
    public string? Source { get; init; }
    public string? Reason { get; init; }
    public JsonObject? Container { get; init; }
    public JsonObject? LandingPage { get; init; }
    public int? MetadataVersion { get; init; }
    public bool? IsActive { get; init; }
    public int? ViewCount { get; init; }
    public int? DownloadCount { get; init; }
    public int? CitationCount { get; init; }
    public int? ReferenceCount { get; init; }
    public int? PartCount { get; init; }
    public int? PartOfCount { get; init; }
    public int? VersionCount { get; init; }
    public int? VersionOfCount { get; init; }
    public IReadOnlyList<DoiMonthlyCount>? ViewsOverTime { get; init; }
    public IReadOnlyList<DoiMonthlyCount>? DownloadsOverTime { get; init; }
    public IReadOnlyList<DoiYearlyCount>? CitationsOverTime { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Registered { get; init; }
    /// <summary>The Issued date or publication year as a string; <c>""</c> for drafts.</summary>
    public string? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Snake-case on purpose: lupo does not permit <c>shouldValidate</c> (CONTRACT.md §4).</summary>
    [JsonPropertyName("should_validate")]
    public bool? ShouldValidate { get; init; }
}

/// <summary>The values of the write-only <c>event</c> attribute.</summary>
public static class DoiEvents
{
    public const string Publish = "publish";
    public const string Register = "register";
    public const string Hide = "hide";
    public const string Show = "show";
}

/// <summary>The values of the read-only <c>state</c> attribute.</summary>
public static class DoiStates
{
    public const string Draft = "draft";
    public const string Registered = "registered";
    public const string Findable = "findable";
}

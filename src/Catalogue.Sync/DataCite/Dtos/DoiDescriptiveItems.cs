using System.Text.Json.Serialization;

namespace Catalogue.Sync.DataCite.Dtos;

public sealed record DoiTitle
{
    public string? Title { get; init; }
    public string? TitleType { get; init; }
    public string? Lang { get; init; }
}

public sealed record DoiSubject
{
    public string? Subject { get; init; }
    public string? SubjectScheme { get; init; }
    public string? SchemeUri { get; init; }
    public string? ValueUri { get; init; }
    public string? ClassificationCode { get; init; }
    public string? Lang { get; init; }
}

public sealed record DoiDate
{
    public string? Date { get; init; }
    public string? DateType { get; init; }
    public string? DateInformation { get; init; }
}

public sealed record DoiTypes
{
    public string? ResourceTypeGeneral { get; init; }
    public string? ResourceType { get; init; }
    public string? SchemaOrg { get; init; }
    public string? Citeproc { get; init; }
    public string? Bibtex { get; init; }
    public string? Ris { get; init; }
}

public sealed record DoiAlternateIdentifier
{
    public string? AlternateIdentifier { get; init; }
    public string? AlternateIdentifierType { get; init; }
}

/// <summary>lupo's storage form of alternate identifiers, echoed in responses as <c>identifiers</c>.</summary>
public sealed record DoiIdentifier
{
    public string? Identifier { get; init; }
    public string? IdentifierType { get; init; }
}

public sealed record DoiRelatedIdentifier
{
    public string? RelatedIdentifier { get; init; }
    public string? RelatedIdentifierType { get; init; }
    public string? RelationType { get; init; }
    public string? ResourceTypeGeneral { get; init; }
    public string? RelatedMetadataScheme { get; init; }
    public string? SchemeUri { get; init; }
    public string? SchemeType { get; init; }
    public string? RelationTypeInformation { get; init; }
}

public sealed record DoiRights
{
    public string? Rights { get; init; }
    public string? RightsUri { get; init; }
    public string? RightsIdentifier { get; init; }
    public string? RightsIdentifierScheme { get; init; }
    public string? SchemeUri { get; init; }
    public string? Lang { get; init; }
}

public sealed record DoiDescription
{
    public string? Description { get; init; }
    public string? DescriptionType { get; init; }
    public string? Lang { get; init; }
}

public sealed record DoiGeoLocation
{
    public string? GeoLocationPlace { get; init; }
    public DoiGeoLocationPoint? GeoLocationPoint { get; init; }
    public DoiGeoLocationBox? GeoLocationBox { get; init; }
}

public sealed record DoiGeoLocationPoint
{
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? PointLongitude { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? PointLatitude { get; init; }
}

public sealed record DoiGeoLocationBox
{
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? WestBoundLongitude { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? EastBoundLongitude { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? SouthBoundLatitude { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? NorthBoundLatitude { get; init; }
}

public sealed record DoiFundingReference
{
    public string? FunderName { get; init; }
    public string? FunderIdentifier { get; init; }
    public string? FunderIdentifierType { get; init; }
    public string? SchemeUri { get; init; }
    public string? AwardNumber { get; init; }
    public string? AwardUri { get; init; }
    public string? AwardTitle { get; init; }
}

public sealed record DoiMonthlyCount
{
    public string? YearMonth { get; init; }
    public int Total { get; init; }
}

public sealed record DoiYearlyCount
{
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Year { get; init; }
    public int Total { get; init; }
}

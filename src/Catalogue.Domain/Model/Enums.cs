using System.Text.Json.Serialization;

namespace Catalogue.Domain.Model;

[JsonConverter(typeof(JsonStringEnumConverter<RecordStatus>))]
public enum RecordStatus { Draft, InReview, Published, Withdrawn }

/// <summary>The three HealthDCAT-AP access levels; each has its own mandatory list and shape set.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccessLevel>))]
public enum AccessLevel { Public, Restricted, NonPublic }

[JsonConverter(typeof(JsonStringEnumConverter<DistributionRole>))]
public enum DistributionRole { Main, Sample, Part, Documentation }

[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel { Negligible, Low, Medium, High }

public static class AccessLevelCodes
{
    public static string ToCode(this AccessLevel level) => level switch
    {
        AccessLevel.Public => "PUBLIC",
        AccessLevel.Restricted => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    public static AccessLevel? FromCode(string? code) => code switch
    {
        "PUBLIC" => AccessLevel.Public,
        "RESTRICTED" => AccessLevel.Restricted,
        "NON_PUBLIC" => AccessLevel.NonPublic,
        _ => null,
    };
}

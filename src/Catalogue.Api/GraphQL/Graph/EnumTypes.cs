using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>Enums in GraphQL's SCREAMING_CASE whose internal values are the domain's C# enums.</summary>
public static class EnumTypes
{
    public static SchemaBuilder AddEnums(this SchemaBuilder s) => s
        .Enum("DatasetStatus", Values(
            ("DRAFT", RecordStatus.Draft, "Being written; visible to its organisation only."),
            ("IN_REVIEW", RecordStatus.InReview, "Submitted for review; visible to its organisation only."),
            ("PUBLISHED", RecordStatus.Published, "Public."),
            ("WITHDRAWN", RecordStatus.Withdrawn, "A tombstone: still readable, left out of listings unless asked for.")),
            "Where a record is in its lifecycle.")
        .Enum("AccessRights", Values(
            ("PUBLIC", AccessLevel.Public, "Open data."),
            ("RESTRICTED", AccessLevel.Restricted, "Access on request, under conditions."),
            ("NON_PUBLIC", AccessLevel.NonPublic, "Not accessible outside the holder.")),
            "The three HealthDCAT-AP access levels.")
        .Enum("DistributionRole", Values(
            ("MAIN", DistributionRole.Main, null), ("SAMPLE", DistributionRole.Sample, null),
            ("PART", DistributionRole.Part, "One part of a base split along a criterion."), ("DOCUMENTATION", DistributionRole.Documentation, null)))
        .Enum("RiskLevel", Values(
            ("NEGLIGIBLE", RiskLevel.Negligible, null), ("LOW", RiskLevel.Low, null), ("MEDIUM", RiskLevel.Medium, null), ("HIGH", RiskLevel.High, null)))
        .Enum("IssueSeverity", Values(
            ("ERROR", IssueSeverity.Error, "Blocks publication."), ("WARNING", IssueSeverity.Warning, "Worth fixing; does not block.")));

    private static IEnumerable<EnumValueDefinition> Values<T>(params (string Name, T Value, string? Description)[] values) where T : struct, Enum =>
        values.Select(v => new EnumValueDefinition(v.Name, v.Value) { Description = v.Description });
}

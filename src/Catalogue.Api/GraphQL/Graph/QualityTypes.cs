using Catalogue.Domain.Rules;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The explainable quality score and the publication checks.</summary>
public static class QualityTypes
{
    public static SchemaBuilder AddQuality(this SchemaBuilder s) => s
        .Object("QualityCriterion", t => t
            .Get<QualityCriterion>("id", "String!", c => c.Id)
            .Get<QualityCriterion>("source", "String!", c => c.Source, "udata, guide (Health Data Hub) or health.")
            .Get<QualityCriterion>("met", "Boolean!", c => c.Met)
            .Get<QualityCriterion>("advice", "String!", c => c.Advice)
            .Get<QualityCriterion>("weight", "Float!", c => c.Weight))
        .Object("Quality", t => t
            .Get<QualityReport>("score", "Int!", q => q.Score, "0 to 100.")
            .Get<QualityReport>("criteria", "[QualityCriterion!]!", q => q.Criteria)
            .Get<QualityReport>("missing", "[QualityCriterion!]!", q => q.Missing.ToList(), "Unmet criteria, heaviest first."))
        .Object("ValidationIssue", t => t
            .Get<ValidationIssue>("path", "String!", i => i.Path, "JSON path into the record (e.g. distributions[2].format).")
            .Get<ValidationIssue>("code", "String!", i => i.Code)
            .Get<ValidationIssue>("message", "String!", i => i.Message)
            .Get<ValidationIssue>("severity", "IssueSeverity!", i => i.Severity));
}

using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The Health Data Hub documentation sections and the anonymisation attestation.</summary>
public static class DocumentationTypes
{
    public static SchemaBuilder AddDocumentation(this SchemaBuilder s) => s
        .Object("Documentation", t => t
            .Localized<DocumentationSections>("meaning", d => d.Meaning, "What the data means: population, meaning of variables, units.")
            .Localized<DocumentationSections>("provenance", d => d.Provenance, "Origin, context and collection methodology.")
            .Localized<DocumentationSections>("structureAndFormat", d => d.StructureAndFormat)
            .Localized<DocumentationSections>("qualityAndReliability", d => d.QualityAndReliability, "Known errors and limits.")
            .Localized<DocumentationSections>("updatePolicy", d => d.UpdatePolicy),
            "The documentation template's five sections.")
        .Object("RiskAssessment", t => t
            .Get<RiskAssessment>("risk", "RiskLevel!", r => r.Risk)
            .Localized<RiskAssessment>("summary", r => r.Summary))
        .Object("Anonymisation", t => t
            .Get<Anonymisation>("attested", "Boolean!", a => a.Attested)
            .Get<Anonymisation>("attestedBy", "String", a => a.AttestedBy)
            .Get<Anonymisation>("attestationDate", "Date", a => a.AttestationDate)
            .Get<Anonymisation>("method", "String", a => a.Method)
            .Get<Anonymisation>("individualisation", "RiskAssessment", a => a.Individualisation)
            .Get<Anonymisation>("correlation", "RiskAssessment", a => a.Correlation)
            .Get<Anonymisation>("inference", "RiskAssessment", a => a.Inference),
            "The anonymity attestation and risk analysis, prerequisite of open publication.");
}

namespace Catalogue.Domain.Model;

/// <summary>
/// The Health Data Hub documentation template, as structured sections rather than one free text, so each
/// can be checked, mapped (dct:provenance, DataCite Methods/TechnicalInfo) and shown on its own.
/// </summary>
public sealed class DocumentationSections
{
    /// <summary>What the data means: population, variables' meaning, units of observation.</summary>
    public LocalizedText Meaning { get; set; } = new();
    /// <summary>Origin, context and collection methodology (provenance).</summary>
    public LocalizedText Provenance { get; set; } = new();
    public LocalizedText StructureAndFormat { get; set; } = new();
    /// <summary>Quality and reliability, with known errors and limits.</summary>
    public LocalizedText QualityAndReliability { get; set; } = new();
    public LocalizedText UpdatePolicy { get; set; } = new();
}

/// <summary>One criterion of the anonymisation risk analysis (individualisation, correlation, inference).</summary>
public sealed class RiskAssessment
{
    public RiskLevel Risk { get; set; }
    public LocalizedText Summary { get; set; } = new();
}

/// <summary>Anonymity is a prerequisite of open publication: the producer attests it and summarises the analysis.</summary>
public sealed class Anonymisation
{
    public bool Attested { get; set; }
    public string? AttestedBy { get; set; }
    public DateOnly? AttestationDate { get; set; }
    public string? Method { get; set; }
    public RiskAssessment? Individualisation { get; set; }
    public RiskAssessment? Correlation { get; set; }
    public RiskAssessment? Inference { get; set; }
}

public sealed class PeriodOfTime
{
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
}

public sealed class OtherIdentifier
{
    /// <summary>"doi", "udata", "producer", "ark", "other".</summary>
    public string Scheme { get; set; } = "other";
    public string Value { get; set; } = "";
}

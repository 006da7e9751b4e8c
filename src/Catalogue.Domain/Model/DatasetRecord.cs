namespace Catalogue.Domain.Model;

/// <summary>
/// A catalogue record: everything the Health Data Hub open-data guide asks a producer to document and what
/// HealthDCAT-AP Release 8 can say about a dataset. Codes are stored as vocabulary codes (not IRIs); the
/// mappings turn them into IRIs, udata ids or DataCite values.
/// </summary>
public sealed class DatasetRecord
{
    // Identity
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    /// <summary>The dct:identifier literal: unique, stable, what harvesters key on.</summary>
    public string Identifier { get; set; } = "";
    public List<OtherIdentifier> OtherIdentifiers { get; set; } = new();
    public string? Doi { get; set; }
    /// <summary>The concept DOI of the whole version series (all major versions).</summary>
    public string? ConceptDoi { get; set; }
    public string? UdataId { get; set; }
    public string? Version { get; set; }
    public LocalizedText VersionNotes { get; set; } = new();
    /// <summary>The record this one is a new major version of.</summary>
    public Guid? PreviousVersionId { get; set; }

    // Lifecycle
    public RecordStatus Status { get; set; } = RecordStatus.Draft;
    public int Revision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public DateTimeOffset? FirstPublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    // Text
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public LocalizedList Keywords { get; set; } = new();
    /// <summary>Extra udata tags beyond the ones derived from organisation, themes and keywords.</summary>
    public List<string> Tags { get; set; } = new();

    // Agents
    public Guid OrganizationId { get; set; }
    public List<Agent> Creators { get; set; } = new();
    public ContactPoint? ContactPoint { get; set; }
    /// <summary>The health data holder (geodcatap:custodian).</summary>
    public Agent? Custodian { get; set; }
    /// <summary>The health data access body (healthdcatap:hdab).</summary>
    public Agent? Hdab { get; set; }

    // Documentation and anonymisation
    public DocumentationSections Documentation { get; set; } = new();
    public Anonymisation Anonymisation { get; set; } = new();

    // Rights
    /// <summary>SPDX ids, see LicenceTable. Etalab 2.0 with CC-BY 4.0 is the recommended pair.</summary>
    public List<string> Licenses { get; set; } = new();
    public AccessLevel AccessRights { get; set; } = AccessLevel.Public;
    /// <summary>Where to request access when access is not public.</summary>
    public string? AccessRequestUrl { get; set; }
    public List<LocalizedText> LegalBasis { get; set; } = new();
    public List<LocalizedText> Purposes { get; set; } = new();
    /// <summary>Local names of the DPV personal-data vocabulary (dpv-pd), e.g. "HealthRecord".</summary>
    public List<string> PersonalDataCategories { get; set; } = new();
    public PeriodOfTime? RetentionPeriod { get; set; }
    /// <summary>ELI IRIs; the EHDS Regulation by default.</summary>
    public List<string> ApplicableLegislation { get; set; } = new();

    // Classification
    public List<string> Themes { get; set; } = new();
    public List<string> HealthCategories { get; set; } = new();
    public List<string> HealthThemes { get; set; } = new();
    public List<string> CodingSystems { get; set; } = new();
    public List<string> CodeValues { get; set; } = new();
    public List<string> ConformsTo { get; set; } = new();
    public List<string> DatasetTypes { get; set; } = new();
    public List<string> Languages { get; set; } = new();
    /// <summary>Code of the health-activity vocabulary for prov:wasGeneratedBy.</summary>
    public string? GeneratedBy { get; set; }

    // Coverage
    public List<PeriodOfTime> TemporalCoverage { get; set; } = new();
    /// <summary>xsd:duration, e.g. P1D.</summary>
    public string? TemporalResolution { get; set; }
    public string? Frequency { get; set; }
    public List<string> SpatialCoverage { get; set; } = new();
    public string? SpatialGranularity { get; set; }

    // Health figures
    public long? NumberOfRecords { get; set; }
    public long? NumberOfUniqueIndividuals { get; set; }
    public int? MinTypicalAge { get; set; }
    public int? MaxTypicalAge { get; set; }
    public LocalizedText PopulationCoverage { get; set; } = new();

    // Structure and files
    public List<DataTable> DataDictionary { get; set; } = new();
    public List<Distribution> Distributions { get; set; } = new();

    // Links
    public string? LandingPage { get; set; }
    public List<string> Pages { get; set; } = new();
    /// <summary>Publications about the data (DOIs or URLs): dct:isReferencedBy.</summary>
    public List<string> IsReferencedBy { get; set; } = new();
    public List<string> Related { get; set; } = new();
    public List<string> Funding { get; set; } = new();

    public DateOnly? Issued => FirstPublishedAt is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;
    public bool HasStructuredData => DataDictionary.Count > 0;
}

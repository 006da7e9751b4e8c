namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>
/// Neutral model of one DataCite record, mirroring the kernel-4.6 properties. It is what the catalogue
/// produces, what <see cref="DataCiteXmlWriter"/> writes, what <see cref="DataCiteJsonMapper"/> sends and reads
/// back, and what <see cref="DataCiteMetadataComparer"/> compares. Lists are never null.
/// </summary>
public sealed record DataCiteMetadata
{
    /// <summary>The DOI without <c>https://doi.org/</c>; null before one is minted.</summary>
    public string? Identifier { get; init; }
    public IReadOnlyList<DataCiteCreator> Creators { get; init; } = [];
    public IReadOnlyList<DataCiteTitle> Titles { get; init; } = [];
    public DataCitePublisher? Publisher { get; init; }
    public int? PublicationYear { get; init; }
    public DataCiteResourceType ResourceType { get; init; } = new("Dataset", null);
    public IReadOnlyList<DataCiteSubject> Subjects { get; init; } = [];
    public IReadOnlyList<DataCiteContributor> Contributors { get; init; } = [];
    public IReadOnlyList<DataCiteDate> Dates { get; init; } = [];
    /// <summary>One language only in DataCite (ISO 639-1).</summary>
    public string? Language { get; init; }
    public IReadOnlyList<DataCiteAlternateIdentifier> AlternateIdentifiers { get; init; } = [];
    public IReadOnlyList<DataCiteRelatedIdentifier> RelatedIdentifiers { get; init; } = [];
    public IReadOnlyList<string> Sizes { get; init; } = [];
    public IReadOnlyList<string> Formats { get; init; } = [];
    public string? Version { get; init; }
    public IReadOnlyList<DataCiteRights> RightsList { get; init; } = [];
    public IReadOnlyList<DataCiteDescription> Descriptions { get; init; } = [];
    public IReadOnlyList<DataCiteGeoLocation> GeoLocations { get; init; } = [];
    public IReadOnlyList<DataCiteFundingReference> FundingReferences { get; init; } = [];
    /// <summary>The landing page; not part of the XML, but registered with the DOI.</summary>
    public string? Url { get; init; }
}

public sealed record DataCiteResourceType(string ResourceTypeGeneral, string? ResourceType);

public sealed record DataCiteTitle(string Title, string? Lang = null, string? TitleType = null);

public sealed record DataCiteSubject(
    string Subject,
    string? SubjectScheme = null,
    string? SchemeUri = null,
    string? ValueUri = null,
    string? ClassificationCode = null,
    string? Lang = null);

/// <summary><c>DateType</c>: Accepted, Available, Collected, Copyrighted, Coverage, Created, Issued, Other, Submitted, Updated, Valid, Withdrawn.</summary>
public sealed record DataCiteDate(string Date, string DateType, string? DateInformation = null);

public sealed record DataCiteAlternateIdentifier(string AlternateIdentifier, string AlternateIdentifierType);

/// <summary><c>RelationType</c> e.g. IsNewVersionOf, IsPreviousVersionOf, IsVersionOf, HasVersion, IsDocumentedBy, IsDescribedBy, IsPartOf.</summary>
public sealed record DataCiteRelatedIdentifier(
    string RelatedIdentifier,
    string RelatedIdentifierType,
    string RelationType,
    string? ResourceTypeGeneral = null,
    string? RelatedMetadataScheme = null,
    string? SchemeUri = null,
    string? SchemeType = null);

/// <summary>Use <c>RightsIdentifierScheme = "SPDX"</c> with an SPDX id; DataCite fills rights and rightsUri from it.</summary>
public sealed record DataCiteRights(
    string? Rights = null,
    string? RightsUri = null,
    string? RightsIdentifier = null,
    string? RightsIdentifierScheme = null,
    string? SchemeUri = null,
    string? Lang = null);

/// <summary><c>DescriptionType</c>: Abstract, Methods, SeriesInformation, TableOfContents, TechnicalInfo, Other.</summary>
public sealed record DataCiteDescription(string Description, string DescriptionType, string? Lang = null);

public sealed record DataCiteFundingReference(
    string FunderName,
    string? FunderIdentifier = null,
    string? FunderIdentifierType = null,
    string? SchemeUri = null,
    string? AwardNumber = null,
    string? AwardUri = null,
    string? AwardTitle = null);

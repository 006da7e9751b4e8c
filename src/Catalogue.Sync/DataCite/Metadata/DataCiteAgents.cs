namespace Catalogue.Sync.DataCite.Metadata;

/// <summary><c>NameIdentifierScheme</c> e.g. ORCID (<c>https://orcid.org</c>) or ROR (<c>https://ror.org/</c>).</summary>
public sealed record DataCiteNameIdentifier(string NameIdentifier, string NameIdentifierScheme, string? SchemeUri = null);

/// <summary>An affiliation, with its ROR id when known.</summary>
public sealed record DataCiteAffiliation(
    string Name,
    string? AffiliationIdentifier = null,
    string? AffiliationIdentifierScheme = null,
    string? SchemeUri = null);

/// <summary>A creator; <c>NameType</c> is Personal or Organizational.</summary>
public sealed record DataCiteCreator
{
    public required string Name { get; init; }
    public string? NameType { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? Lang { get; init; }
    public IReadOnlyList<DataCiteNameIdentifier> NameIdentifiers { get; init; } = [];
    public IReadOnlyList<DataCiteAffiliation> Affiliations { get; init; } = [];
}

/// <summary>A contributor; <c>ContributorType</c> e.g. ContactPerson, DataCurator, Distributor, HostingInstitution, RightsHolder.</summary>
public sealed record DataCiteContributor
{
    public required string Name { get; init; }
    public required string ContributorType { get; init; }
    public string? NameType { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? Lang { get; init; }
    public IReadOnlyList<DataCiteNameIdentifier> NameIdentifiers { get; init; } = [];
    public IReadOnlyList<DataCiteAffiliation> Affiliations { get; init; } = [];
}

/// <summary>The 4.5+ publisher with its identifier (ROR).</summary>
public sealed record DataCitePublisher(
    string Name,
    string? PublisherIdentifier = null,
    string? PublisherIdentifierScheme = null,
    string? SchemeUri = null,
    string? Lang = null);

using System.Text.Json.Serialization;

namespace Catalogue.Sync.DataCite.Dtos;

public sealed record DoiNameIdentifier
{
    public string? NameIdentifier { get; init; }
    public string? NameIdentifierScheme { get; init; }
    public string? SchemeUri { get; init; }
}

/// <summary>An affiliation: DataCite answers a bare name unless asked with <c>?affiliation=true</c>.</summary>
[JsonConverter(typeof(DoiAffiliationConverter))]
public sealed record DoiAffiliation
{
    public string? Name { get; init; }
    public string? AffiliationIdentifier { get; init; }
    public string? AffiliationIdentifierScheme { get; init; }
    public string? SchemeUri { get; init; }
}

public sealed record DoiCreator
{
    public string? Name { get; init; }
    /// <summary><c>Personal</c> or <c>Organizational</c>.</summary>
    public string? NameType { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? Lang { get; init; }
    public IReadOnlyList<DoiNameIdentifier>? NameIdentifiers { get; init; }
    public IReadOnlyList<DoiAffiliation>? Affiliation { get; init; }
}

public sealed record DoiContributor
{
    public string? Name { get; init; }
    public string? NameType { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? Lang { get; init; }
    public string? ContributorType { get; init; }
    public IReadOnlyList<DoiNameIdentifier>? NameIdentifiers { get; init; }
    public IReadOnlyList<DoiAffiliation>? Affiliation { get; init; }
}

/// <summary>The 4.5 publisher object; read from a plain string when DataCite answers without <c>?publisher=true</c>.</summary>
[JsonConverter(typeof(DoiPublisherConverter))]
public sealed record DoiPublisher
{
    public string? Name { get; init; }
    public string? PublisherIdentifier { get; init; }
    public string? PublisherIdentifierScheme { get; init; }
    public string? SchemeUri { get; init; }
    public string? Lang { get; init; }
}

namespace Catalogue.Domain.Model;

/// <summary>How to reach someone: at least an e-mail or a web page (HealthDCAT-AP cv:ContactPoint / vcard:Kind).</summary>
public sealed class ContactPoint
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Url { get; set; }
    public string? Telephone { get; set; }
}

/// <summary>A person or organisation acting in a role (creator, custodian, HDAB). ORCID/ROR make it citable in DataCite.</summary>
public sealed class Agent
{
    public string Name { get; set; } = "";
    public bool IsPerson { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? Orcid { get; set; }
    public string? Ror { get; set; }
    public string? Affiliation { get; set; }
    public string? Homepage { get; set; }
    public ContactPoint? ContactPoint { get; set; }
}

/// <summary>A publishing organisation. Datasets are deposited under an organisation, never a person.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    /// <summary>Code of the HealthData@EU publisher-type vocabulary.</summary>
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? Homepage { get; set; }
    public string? Ror { get; set; }
    public ContactPoint ContactPoint { get; set; } = new();
    /// <summary>The organisation's id on data.gouv.fr, once linked.</summary>
    public string? UdataId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
}

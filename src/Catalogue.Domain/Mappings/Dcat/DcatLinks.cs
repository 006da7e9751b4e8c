using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// The IRIs we mint: resources live under the server's public base URL, keyed by id (not slug) so an IRI never
/// changes when a title does. Nodes that belong to one dataset (distributions, periods, contact points) are hash IRIs
/// of it rather than blank nodes, so records streamed into one document can never share a node by accident.
/// </summary>
public sealed class DcatLinks(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public Iri Catalog => new(BaseUrl + "/catalog");
    public Iri CatalogPublisher => new(BaseUrl + "/catalog#publisher");
    public Iri Dataset(Guid id) => new(BaseUrl + "/datasets/" + id);
    public Iri Organization(Guid id) => new(BaseUrl + "/organizations/" + id);
    public Iri OrganizationCatalog(string slug) => new(BaseUrl + "/organizations/" + slug + "/catalog");
    public static Iri Node(Iri owner, string fragment) => new(owner.Value + "#" + Uri.EscapeDataString(fragment));

    /// <summary>The record id named by one of our dataset IRIs, for import of our own feeds.</summary>
    public Guid? DatasetId(string iri) =>
        iri.StartsWith(BaseUrl + "/datasets/", StringComparison.Ordinal) && Guid.TryParse(iri.AsSpan(BaseUrl.Length + 10), out var id) ? id : null;
}

/// <summary>What the catalogue says about itself (dcat:Catalog); the defaults describe this server's demo deployment.</summary>
public sealed record CatalogInfo
{
    public LocalizedText Title { get; init; } = LocalizedText.Of("Catalogue des données de santé", "Health data catalogue");
    public LocalizedText Description { get; init; } = LocalizedText.Of(
        "Catalogue des jeux de données de santé publiés par les producteurs français, au format HealthDCAT-AP.",
        "Catalogue of health datasets published by French producers, in HealthDCAT-AP.");
    public string PublisherName { get; init; } = "Health Data Hub";
    /// <summary>Code of the ADMS publisher-type scheme (the Catalog's publisher uses ADMS, not the health NAL).</summary>
    public string PublisherType { get; init; } = "NationalAuthority";
    public string PublisherEmail { get; init; } = "opendata@health-data-hub.fr";
    public string? Homepage { get; init; } = "https://www.health-data-hub.fr";
    public IReadOnlyList<string> Languages { get; init; } = ["FRA", "ENG"];
    public IReadOnlyList<string> ApplicableLegislation { get; init; } = [Rules.PublicationChecks.EhdsRegulation];

    public static CatalogInfo Default { get; } = new();
}

using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;
using Catalogue.GraphQL.Types.Builder;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>The catalogue itself (dcat:Catalog): what it is, how much it holds, the codes it uses.</summary>
public sealed record CatalogInfo(string BaseUrl);

public static class CatalogType
{
    private static readonly LocalizedText Title = LocalizedText.Of("Catalogue des données de santé", "Health data catalogue");
    private static readonly LocalizedText Description = LocalizedText.Of(
        "Métadonnées des jeux de données de santé (HealthDCAT-AP), synchronisées avec data.gouv.fr et DataCite.",
        "Metadata of health datasets (HealthDCAT-AP), kept in step with data.gouv.fr and DataCite.");

    public static SchemaBuilder AddCatalog(this SchemaBuilder s) => s.Object("Catalog", t => t
        .Localized<CatalogInfo>("title", _ => Title)
        .Localized<CatalogInfo>("description", _ => Description)
        .Get<CatalogInfo>("homepage", "String!", c => c.BaseUrl)
        .Get<CatalogInfo>("graphqlEndpoint", "String!", c => c.BaseUrl + "/graphql")
        .Field("datasetCount", "Int!", f => f.Description("Datasets the caller can see, withdrawn ones left out.")
            .ResolveAsync(async c =>
            {
                var graph = c.Graph();
                return await graph.RunAsync(() => graph.Datasets.Filter(new Services.DatasetQuery(), graph.Caller).CountAsync(c.CancellationToken));
            }))
        .Field("organizationCount", "Int!", f => f.ResolveAsync(async c =>
        {
            var graph = c.Graph();
            return await graph.RunAsync(() => graph.Db.Organizations.CountAsync(c.CancellationToken));
        }))
        .Get<CatalogInfo>("themeTaxonomy", "[Concept!]!", _ => Vocabularies.DataTheme.Concepts.Select(x => new ConceptValue(x.Code, x.Iri, x)).ToList(),
            "The EU data themes records are classified with.")
        .Get<CatalogInfo>("licences", "[Licence!]!", _ => LicenceTable.All, "The licences a record may use."),
        "The catalogue (dcat:Catalog).");
}

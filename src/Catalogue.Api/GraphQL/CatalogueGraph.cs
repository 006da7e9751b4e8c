using Catalogue.Api.GraphQL.Filtering;
using Catalogue.Api.GraphQL.Graph;
using Catalogue.Api.GraphQL.Mutations;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// The catalogue's schema, built once: it holds no service, resolvers find the request's stores through
/// <see cref="CatalogueGraphContext"/>. Printed to schemas/catalogue.graphql (a test keeps the two equal).
/// </summary>
public static class CatalogueGraph
{
    private static readonly Lazy<Schema> Instance = new(Build);

    public static Schema Schema => Instance.Value;

    public static Schema Build()
    {
        var builder = new SchemaBuilder().Description("The health data catalogue: datasets, their publishers, dictionaries, history and sync state.");
        foreach (var scalar in CatalogueScalars.All) builder.Add(scalar);
        return builder
            .AddQuery()
            .AddMutation()
            .AddNode()
            .AddDataset()
            .AddOrganization()
            .AddConnections()
            .AddFacets()
            .AddCatalog()
            .AddDistribution()
            .AddDataDictionary()
            .AddDocumentation()
            .AddQuality()
            .AddHistory()
            .AddSync()
            .AddSupportTypes()
            .AddEnums()
            .AddFilterInputs()
            .AddDatasetInputs()
            .Query("Query")
            .Mutation("Mutation")
            .Build();
    }
}

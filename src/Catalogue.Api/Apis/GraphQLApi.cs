namespace Catalogue.Api.Apis;

/// <summary>The catalogue's GraphQL endpoint (issue 4). Owned by the GraphQL work; wired in EndpointExtensions.</summary>
public static class GraphQLApi
{
    public static IServiceCollection AddCatalogueGraphQL(this IServiceCollection services) => services;
    public static WebApplication MapGraphQLApi(this WebApplication app) => app;
}

using Catalogue.Api.GraphQL;
using Catalogue.GraphQL.Http;
using Catalogue.GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Apis;

/// <summary>The catalogue's GraphQL endpoint (issue 4): the schema of <see cref="CatalogueGraph"/> served at /graphql by our engine.</summary>
public static class GraphQLApi
{
    public static IServiceCollection AddCatalogueGraphQL(this IServiceCollection services)
    {
        services.AddOptions<CatalogueGraphQLOptions>().BindConfiguration(CatalogueGraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<CatalogueGraphQLOptions>>().Value;
        var schema = CatalogueGraph.Schema;
        app.MapGraphQLEndpoint("/graphql", new GraphQLHttpOptions
        {
            Schema = schema,
            ValidationRules = [.. SpecifiedRules.All, new RootOperationTypeRule()],
            ContextFactory = http => new CatalogueGraphContext(http, options),
            MaxDepth = options.MaxDepth,
            MaxCost = options.MaxCost,
            ExecutionTimeout = TimeSpan.FromSeconds(options.ExecutionTimeoutSeconds),
            IntrospectionEnabled = options.IntrospectionEnabled,
            BatchingEnabled = options.BatchingEnabled,
            IdeEnabled = options.IdeEnabled,
        }).WithName("GraphQL").ExcludeFromDescription();
        return app;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.GraphQL.Http;

public static class GraphQLHttpEndpoint
{
    /// <summary>Maps GET and POST on <paramref name="pattern"/> to a GraphQL-over-HTTP endpoint.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern, GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new GraphQLHttpHandler(options);
        return app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (RequestDelegate)handler.HandleAsync)
            .WithDisplayName("GraphQL " + pattern);
    }
}

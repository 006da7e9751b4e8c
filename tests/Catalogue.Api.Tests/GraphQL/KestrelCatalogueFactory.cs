using Catalogue.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>The catalogue on a real Kestrel socket (127.0.0.1, free port), for oracles that speak HTTP from another process.</summary>
public sealed class KestrelCatalogueFactory : CatalogueApiFactory
{
    public KestrelCatalogueFactory() => UseKestrel(0);

    /// <summary>Starts the server on first use and returns its GraphQL URL.</summary>
    public string GraphQLUrl
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new UriBuilder(address) { Host = "127.0.0.1", Path = "/graphql" }.Uri.ToString().TrimEnd('/');
        }
    }
}

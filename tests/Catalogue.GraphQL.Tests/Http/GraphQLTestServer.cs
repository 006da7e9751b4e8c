using Catalogue.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.GraphQL.Tests.Http;

/// <summary>A real Kestrel host on 127.0.0.1 with a free port, serving the executor test schema at /graphql.</summary>
public sealed class GraphQLTestServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string Url { get; private set; } = "";
    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGraphQLEndpoint("/graphql", new GraphQLHttpOptions
        {
            Schema = Execution.TestSchema.Create(),
            MaxDepth = 2,
            ExecutionTimeout = TimeSpan.FromSeconds(30),
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.TrimEnd('/') + "/graphql";
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}

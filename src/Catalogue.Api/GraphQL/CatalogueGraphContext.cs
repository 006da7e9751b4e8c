using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// What resolvers of one request share: who asks, the request's scoped stores, and a gate. The executor runs
/// sibling fields and data-loader batches concurrently, but a DbContext allows one operation at a time, so
/// every database call goes through <see cref="RunAsync{T}"/>.
/// </summary>
public sealed class CatalogueGraphContext(HttpContext http, CatalogueGraphQLOptions options)
{
    private readonly SemaphoreSlim _database = new(1, 1);

    public HttpContext Http { get; } = http;
    public Caller Caller { get; } = Caller.From(http.User);
    public CatalogueGraphQLOptions Options { get; } = options;
    public Loaders.PagePublishers PagePublishers { get; } = new();
    public IServiceProvider Services => Http.RequestServices;
    public DatasetStore Datasets => Services.GetRequiredService<DatasetStore>();
    public OrganizationStore Organizations => Services.GetRequiredService<OrganizationStore>();
    public RevisionStore Revisions => Services.GetRequiredService<RevisionStore>();
    public CatalogueDbContext Db => Services.GetRequiredService<CatalogueDbContext>();
    public SqliteDocumentReads DocumentReads => Services.GetRequiredService<SqliteDocumentReads>();
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    /// <summary>Runs one database unit of work, alone, and turns domain outcomes into GraphQL errors.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        await _database.WaitAsync(Http.RequestAborted);
        try
        {
            return await work();
        }
        catch (Exception e) when (GraphErrors.Map(e) is { } error)
        {
            throw error;
        }
        finally
        {
            _database.Release();
        }
    }
}

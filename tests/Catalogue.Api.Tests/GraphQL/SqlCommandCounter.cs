using System.Data.Common;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>Counts the SQL commands the server sends, so a test can see N+1 patterns.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    public int Count => Volatile.Read(ref _count);
    /// <summary>The SQL of the queries run since the last reset.</summary>
    public IReadOnlyList<string> Texts => _texts.ToArray();
    /// <summary>An admin client of a server whose every DbContext reports to this counter.</summary>
    public HttpClient AdminClient(CatalogueApiFactory factory)
    {
        var admin = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<CatalogueDbContext>(o => o.AddInterceptors(this)))).CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", CatalogueApiFactory.AdminKey);
        return admin;
    }

    public void Reset() { Interlocked.Exchange(ref _count, 0); _texts.Clear(); }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

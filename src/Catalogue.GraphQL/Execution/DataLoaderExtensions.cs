using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Execution;

public static class DataLoaderExtensions
{
    /// <summary>
    /// The request's loader named <paramref name="name"/> (created on first use), for example
    /// <c>ctx.GetDataLoader&lt;Guid, Publisher&gt;("publishers", repo.LoadPublishersAsync).LoadAsync(id)</c>.
    /// </summary>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        this ResolveFieldContext context, string name, BatchLoadFunction<TKey, TValue> batchLoad) where TKey : notnull
    {
        var loaders = DataLoaderContext.Current
            ?? throw new InvalidOperationException("Data loaders are only available while the executor runs a request.");
        return loaders.GetOrAdd(name, batchLoad);
    }
}

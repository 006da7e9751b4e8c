namespace Catalogue.GraphQL.Execution;

/// <summary>Loads many keys at once; keys missing from the result resolve to default (null).</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(
    IReadOnlyList<TKey> keys, CancellationToken cancellationToken) where TKey : notnull;

/// <summary>
/// Batches and caches loads of one kind of value for one request (the DataLoader pattern).
/// <see cref="LoadAsync"/> only queues the key; the queued keys are sent to the batch function in one call
/// when the <see cref="DataLoaderContext"/> dispatches — which the executor does once every field it could
/// start has been started (see <see cref="DataLoaderContext"/>). Each key is loaded at most once per loader.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDispatchableLoader where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batchLoad;
    private readonly DataLoaderContext? _context;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = new();
    private List<(TKey Key, TaskCompletionSource<TValue?> Promise)> _queue = [];

    /// <param name="context">Dispatcher to register with; null means the owner calls <see cref="DispatchAsync"/>.</param>
    public DataLoader(BatchLoadFunction<TKey, TValue> batchLoad, DataLoaderContext? context = null)
    {
        _batchLoad = batchLoad;
        _context = context;
    }

    public bool HasPendingKeys
    {
        get { lock (_lock) return _queue.Count > 0; }
    }

    public Task<TValue?> LoadAsync(TKey key)
    {
        Task<TValue?> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            // Continuations run inline when the batch completes, so follow-up loads join the next batch deterministically.
            var promise = new TaskCompletionSource<TValue?>();
            _queue.Add((key, promise));
            _cache[key] = task = promise.Task;
        }
        _context?.NotifyQueued();
        return task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
        => await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);

    /// <summary>Sends every queued key to the batch function in one call and settles their tasks.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Promise)> batch;
        lock (_lock)
        {
            if (_queue.Count == 0) return;
            batch = _queue;
            _queue = [];
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batchLoad(batch.Select(b => b.Key).ToList(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            lock (_lock)
            {
                // A failed load is not cached, so a later request for the key may try again.
                foreach (var (key, _) in batch) _cache.Remove(key);
            }
            foreach (var (_, promise) in batch) promise.TrySetException(error);
            return;
        }
        foreach (var (key, promise) in batch)
            promise.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
    }
}

/// <summary>What the <see cref="DataLoaderContext"/> needs from a loader, whatever its key and value types.</summary>
public interface IDispatchableLoader
{
    bool HasPendingKeys { get; }
    Task DispatchAsync(CancellationToken cancellationToken);
}

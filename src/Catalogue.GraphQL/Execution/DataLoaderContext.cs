using System.Collections.Concurrent;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// The per-request set of <see cref="DataLoader{TKey,TValue}"/>s and the moment they dispatch.
///
/// Design: a "tick" ends when the executor has run out of work it can do without waiting. Resolvers run
/// as soon as their parent completes, so while the executor walks a list of N items it calls the N child
/// resolvers one after another; each calls <c>LoadAsync</c>, which only queues its key. When control comes
/// back to the executor's driving loop (<see cref="Executor.ExecuteAsync"/>), everything startable has been
/// started, and the loop dispatches every loader with queued keys: one batch call per loader per level.
/// Batch results settle the waiting tasks with inline continuations, so the next level's resolvers run
/// (and queue their keys) before the loop looks again. Keys queued later by resolvers that awaited real I/O
/// wake the loop, which yields once so sibling continuations can queue theirs before dispatching.
/// </summary>
public sealed class DataLoaderContext
{
    private static readonly AsyncLocal<DataLoaderContext?> CurrentContext = new();
    private readonly ConcurrentDictionary<string, IDispatchableLoader> _loaders = new();
    private readonly List<IDispatchableLoader> _all = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _queued = NewSignal();

    /// <summary>The context of the execution in progress on this async flow (set by the executor).</summary>
    public static DataLoaderContext? Current
    {
        get => CurrentContext.Value;
        internal set => CurrentContext.Value = value;
    }

    /// <summary>The loader registered under <paramref name="name"/>, created with <paramref name="batchLoad"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batchLoad) where TKey : notnull
    {
        var loader = _loaders.GetOrAdd(name, _ =>
        {
            var created = new DataLoader<TKey, TValue>(batchLoad, this);
            lock (_lock) _all.Add(created);
            return created;
        });
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"Data loader \"{name}\" was registered with other key or value types.");
    }

    public bool HasPendingWork
    {
        get
        {
            lock (_lock) return _all.Any(l => l.HasPendingKeys);
        }
    }

    /// <summary>Dispatches every loader that has queued keys, concurrently, and waits for their batches.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        List<IDispatchableLoader> pending;
        lock (_lock) pending = _all.Where(l => l.HasPendingKeys).ToList();
        return Task.WhenAll(pending.Select(l => l.DispatchAsync(cancellationToken)));
    }

    /// <summary>Completes when a key is queued after this call.</summary>
    internal Task WaitForQueuedAsync()
    {
        lock (_lock) return _queued.Task;
    }

    internal void NotifyQueued()
    {
        TaskCompletionSource signal;
        lock (_lock)
        {
            signal = _queued;
            _queued = NewSignal();
        }
        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

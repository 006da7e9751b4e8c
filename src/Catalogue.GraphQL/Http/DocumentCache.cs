using System.Runtime.CompilerServices;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

[assembly: InternalsVisibleTo("Catalogue.GraphQL.Tests")]

namespace Catalogue.GraphQL.Http;

/// <summary>
/// A bounded least-recently-used cache of documents that parsed and passed every variable-independent
/// validation rule, keyed by schema and query text (servers commonly cache parsed and validated documents so a
/// repeated query skips the lexer, parser and most of validation). Documents are immutable, so one instance is
/// shared by concurrent executions. Rules that read the variables (the cost limit) still run on every request.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(Schema, string), LinkedListNode<Entry>> _map = new(KeyComparer.Instance);
    private readonly LinkedList<Entry> _order = new();

    /// <summary>Query texts longer than this are not cached (they are rare, and could pin a lot of memory).</summary>
    public const int MaxQueryLength = 32 * 1024;

    public int Count { get { lock (_lock) return _map.Count; } }

    public bool TryGet(Schema schema, string query, out DocumentNode document)
    {
        lock (_lock)
        {
            if (_map.TryGetValue((schema, query), out var node))
            {
                if (!ReferenceEquals(_order.First, node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }
                document = node.Value.Document;
                return true;
            }
        }
        document = null!;
        return false;
    }

    public void Add(Schema schema, string query, DocumentNode document)
    {
        if (capacity <= 0 || query.Length > MaxQueryLength) return;
        lock (_lock)
        {
            if (_map.ContainsKey((schema, query))) return;
            var node = _order.AddFirst(new Entry(schema, query, document));
            _map[(schema, query)] = node;
            while (_map.Count > capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove((last.Value.Schema, last.Value.Query));
            }
        }
    }

    private sealed record Entry(Schema Schema, string Query, DocumentNode Document);

    private sealed class KeyComparer : IEqualityComparer<(Schema, string)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((Schema, string) x, (Schema, string) y)
            => ReferenceEquals(x.Item1, y.Item1) && string.Equals(x.Item2, y.Item2, StringComparison.Ordinal);

        public int GetHashCode((Schema, string) obj)
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), StringComparer.Ordinal.GetHashCode(obj.Item2));
    }
}

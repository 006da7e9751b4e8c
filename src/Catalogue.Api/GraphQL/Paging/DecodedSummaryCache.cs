using Catalogue.Domain.Model;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// Records already decoded from their summaries by one <see cref="SummaryRecordReader"/>, kept across requests: a
/// front end asks for the same first pages again and again, and decoding fifty summaries is most of what such a
/// GraphQL page costs beyond the REST listing, which sends the stored bytes as they are. The summary is still
/// read from the database on every request, and an entry is used only when its stored bytes are byte-for-byte
/// the ones just read, so a changed record can never be answered from here. Two generations of at most
/// half the capacity each: a hit in the older one moves the entry to the younger, and when the younger fills
/// the older is dropped whole (no per-entry bookkeeping on the hot path).
/// Cached records are shared by concurrent requests; resolvers only read them.
/// </summary>
public sealed class DecodedSummaryCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly int _generation = Math.Max(1, capacity / 2);
    private Dictionary<long, Entry> _young = [];
    private Dictionary<long, Entry> _old = [];

    public bool TryGet(long key, ReadOnlySpan<byte> summary, out DatasetRecord record, out Organization? publisher)
    {
        lock (_lock)
        {
            if (!_young.TryGetValue(key, out var entry) && _old.Remove(key, out entry)) Keep(key, entry);
            if (entry is not null && summary.SequenceEqual(entry.Summary))
            {
                (record, publisher) = (entry.Record, entry.Publisher);
                return true;
            }
        }
        (record, publisher) = (null!, null);
        return false;
    }

    public void Add(long key, byte[] summary, DatasetRecord record, Organization? publisher)
    {
        lock (_lock)
        {
            _old.Remove(key);
            Keep(key, new Entry(summary, record, publisher));
        }
    }

    private void Keep(long key, Entry entry)
    {
        if (_young.Count >= _generation && !_young.ContainsKey(key))
        {
            _old = _young;
            _young = new Dictionary<long, Entry>(_generation);
        }
        _young[key] = entry;
    }

    private sealed record Entry(byte[] Summary, DatasetRecord Record, Organization? Publisher);
}

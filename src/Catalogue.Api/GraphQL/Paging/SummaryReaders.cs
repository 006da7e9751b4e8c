using System.Collections.Concurrent;

namespace Catalogue.Api.GraphQL.Paging;

/// <summary>
/// One <see cref="SummaryRecordReader"/> per set of members a page's selection reads, shared by every request
/// with that selection, each with its <see cref="DecodedSummaryCache"/>. A front end sends a handful of
/// selections; a client inventing ever new ones gets uncached readers past <see cref="MaxSelections"/>, so
/// memory stays bounded at about MaxSelections × <see cref="RecordsPerSelection"/> decoded records
/// (a few kB each, plus the summary kept to compare against).
/// </summary>
public static class SummaryReaders
{
    public const int MaxSelections = 8;
    public const int RecordsPerSelection = 1024;

    private static readonly ConcurrentDictionary<string, SummaryRecordReader> Shared = new(StringComparer.Ordinal);

    public static SummaryRecordReader For(SummaryMembers members)
    {
        var key = members.Key;
        if (Shared.TryGetValue(key, out var reader)) return reader;
        if (Shared.Count >= MaxSelections) return new SummaryRecordReader(members);
        return Shared.GetOrAdd(key, _ => new SummaryRecordReader(members, new DecodedSummaryCache(RecordsPerSelection)));
    }
}

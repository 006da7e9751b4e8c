using Catalogue.Api.GraphQL.Paging;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>The front page's decoded records are reused only for the very bytes they were decoded from, within a bound.</summary>
public sealed class DecodedSummaryCacheTests
{
    private static byte[] Summary(string slug) => System.Text.Encoding.UTF8.GetBytes($$"""{"slug":"{{slug}}"}""");

    [Fact]
    public void The_same_bytes_give_back_the_record_decoded_from_them()
    {
        var cache = new DecodedSummaryCache(8);
        var record = new DatasetRecord { Slug = "a" };
        var publisher = new Organization { Name = "Santé publique France" };
        cache.Add(1, Summary("a"), record, publisher);

        Assert.True(cache.TryGet(1, Summary("a"), out var found, out var foundPublisher)); // another array, same bytes
        Assert.Same(record, found);
        Assert.Same(publisher, foundPublisher);
    }

    [Fact]
    public void Changed_bytes_or_another_row_are_a_miss()
    {
        var cache = new DecodedSummaryCache(8);
        cache.Add(1, Summary("a"), new DatasetRecord { Slug = "a" }, null);

        Assert.False(cache.TryGet(1, Summary("b"), out _, out _));
        Assert.False(cache.TryGet(2, Summary("a"), out _, out _));
        cache.Add(1, Summary("b"), new DatasetRecord { Slug = "b" }, null);
        Assert.True(cache.TryGet(1, Summary("b"), out var record, out _));
        Assert.Equal("b", record.Slug);
        Assert.False(cache.TryGet(1, Summary("a"), out _, out _));
    }

    [Fact]
    public void It_keeps_at_most_its_capacity_and_keeps_what_is_read()
    {
        var cache = new DecodedSummaryCache(4); // two generations of two
        for (var key = 1; key <= 4; key++) cache.Add(key, Summary($"r{key}"), new DatasetRecord { Slug = $"r{key}" }, null);
        // 1 and 2 are in the older generation now; reading 2 moves it to the younger one.
        Assert.True(cache.TryGet(2, Summary("r2"), out _, out _));
        cache.Add(5, Summary("r5"), new DatasetRecord { Slug = "r5" }, null);
        cache.Add(6, Summary("r6"), new DatasetRecord { Slug = "r6" }, null);

        var kept = Enumerable.Range(1, 6).Where(key => cache.TryGet(key, Summary($"r{key}"), out _, out _)).ToList();
        Assert.Equal([2, 5, 6], kept);
    }
}

namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>Keeps the skip list honest: every skipped id exists, and the theories cover every other entry.</summary>
public sealed class JsonLdSkipListTests
{
    [Fact]
    public void Skip_list_is_exactly_the_set_of_excluded_manifest_entries()
    {
        var all = JsonLdManifest.Cases("expand").Concat(JsonLdManifest.Cases("toRdf")).Select(t => t.Id).ToHashSet();
        var run = JsonLdW3cTests.RunIds("expand").Concat(JsonLdW3cTests.RunIds("toRdf")).ToHashSet();

        var excluded = all.Except(run).ToHashSet();
        Assert.Empty(JsonLdSkipList.Ids.Except(all));           // no stale ids
        Assert.Equal(JsonLdSkipList.Ids.Order(), excluded.Order()); // nothing excluded silently
        Assert.Equal(JsonLdSkipList.Ids.Sum(_ => 1), JsonLdSkipList.Groups.Values.Sum(g => g.Length)); // no id in two groups
    }
}

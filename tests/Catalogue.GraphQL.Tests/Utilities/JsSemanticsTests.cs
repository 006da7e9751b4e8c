using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Utilities;

public class JsSemanticsTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(123456789012.0, "123456789012")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.1, "0.1")]
    [InlineData(100.0, "100")]
    public void FormatsNumbersLikeJavaScript(double value, string expected) =>
        Assert.Equal(expected, JsValues.FormatNumber(value));

    [Fact]
    public void InspectsValuesLikeGraphqlJs()
    {
        Assert.Equal("null", Inspector.Inspect(null));
        Assert.Equal("\"a\\\"b\\n\"", Inspector.Inspect("a\"b\n"));
        Assert.Equal("[]", Inspector.Inspect(new List<object?>()));
        Assert.Equal("{}", Inspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("{ a: [1, true], b: { c: [Array] } }", Inspector.Inspect(new Dictionary<string, object?>
        {
            ["a"] = new List<object?> { 1, true },
            ["b"] = new Dictionary<string, object?> { ["c"] = new List<object?> { 1 } },
        }));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", Inspector.Inspect(Enumerable.Range(0, 12).Cast<object?>().ToList()));
    }

    [Fact]
    public void SuggestsCloseOptionsInGraphqlJsOrder()
    {
        Assert.Equal(["abc", "ab"], SuggestionList.Suggest("abc", ["ab", "abc", "xyz"]));
        // An exact match beats a case-only difference, which counts as one edit.
        Assert.Equal(["a", "A"], SuggestionList.Suggest("a", ["A", "a"]));
        Assert.Equal(["item2", "item10"], SuggestionList.Suggest("item", ["item10", "item2"]));
        Assert.Empty(SuggestionList.Suggest("nothing", ["completely", "different"]));
        Assert.True(SuggestionList.NaturalCompare("a2", "a10") < 0);
    }

    [Fact]
    public void DidYouMeanListsAtMostFive()
    {
        Assert.Equal("", DidYouMean.Format([]));
        Assert.Equal(" Did you mean \"a\"?", DidYouMean.Format(["a"]));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", DidYouMean.Format(["a", "b"]));
        Assert.Equal(" Did you mean the enum value \"a\", \"b\", \"c\", \"d\", or \"e\"?", DidYouMean.Format("the enum value", ["a", "b", "c", "d", "e", "f"]));
    }
}

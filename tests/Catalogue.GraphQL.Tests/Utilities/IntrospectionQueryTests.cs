using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Tests.Utilities;

public class IntrospectionQueryTests
{
    [Fact]
    public void DefaultQueryHasOnlyTheDefaultParts()
    {
        var text = IntrospectionQuery.Get();
        Assert.StartsWith("\n    query IntrospectionQuery {\n      __schema {\n", text);
        Assert.Contains("fields(includeDeprecated: true)", text);
        Assert.DoesNotContain("specifiedByURL", text);
        Assert.DoesNotContain("isOneOf", text);
        Assert.Equal(9, text.Split("ofType {").Length - 1);
        Assert.NotNull(Parser.Parse(text));
    }

    [Fact]
    public void OptionsAddTheirFields()
    {
        var text = IntrospectionQuery.Get(IntrospectionQueryOptions.All with { TypeDepth = 2 });
        foreach (var part in new[] { "specifiedByURL", "isRepeatable", "isOneOf", "directives(includeDeprecated: true)", "args(includeDeprecated: true)", "inputFields(includeDeprecated: true)" })
            Assert.Contains(part, text);
        Assert.Equal(2, text.Split("ofType {").Length - 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Get(new IntrospectionQueryOptions { TypeDepth = 101 }));
    }
}

using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Validation;
using Catalogue.GraphQL.Validation.Rules.Custom;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation.Custom;

public class NoIntrospectionRuleTests
{
    [Fact]
    public void TypenameIsAllowed() => ExpectValid(new NoIntrospectionRule(), "{ __typename dog { __typename name } }");

    [Fact]
    public void SchemaAndTypeFieldsAreRejected()
    {
        var errors = Validate(new NoIntrospectionRule(), "{ __schema { queryType { name } } __type(name: \"Dog\") { name } }");
        Assert.Equal(
            [
                "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".",
                "GraphQL introspection has been disabled, but the requested query contained the field \"__type\".",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal("INTROSPECTION_DISABLED", e.Extensions!["code"]));
    }
}

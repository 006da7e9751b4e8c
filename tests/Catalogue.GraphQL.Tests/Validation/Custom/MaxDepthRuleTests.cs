using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Validation;
using Catalogue.GraphQL.Validation.Rules.Custom;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation.Custom;

public class MaxDepthRuleTests
{
    [Fact]
    public void OperationsWithinTheLimitAreValid() =>
        ExpectValid(new MaxDepthRule(3), "{ dog { mother { name } } }");

    [Fact]
    public void DeepOperationIsRejectedWithCode()
    {
        var error = Assert.Single(Validate(new MaxDepthRule(3), """
            query Deep {
              dog { mother { mother { name } } }
            }
            """));
        Assert.Equal("Operation \"Deep\" has depth 4, which exceeds the maximum allowed depth of 3.", error.Message);
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.Extensions!["code"]);
        Assert.Equal(4, error.Extensions["depth"]);
    }

    [Fact]
    public void DepthFollowsFragmentsAndSurvivesCycles()
    {
        Assert.Single(Validate(new MaxDepthRule(2), "{ dog { ...M } } fragment M on Dog { mother { name } }"));
        Assert.Empty(Validate(new MaxDepthRule(5), "{ dog { ...M } } fragment M on Dog { mother { ...M } }"));
    }

    [Fact]
    public void IntrospectionIsIgnoredByDefault()
    {
        Assert.Empty(Validate(new MaxDepthRule(2), Catalogue.GraphQL.Utilities.IntrospectionQuery.Get()));
        Assert.NotEmpty(Validate(new MaxDepthRule(2, ignoreIntrospection: false), "{ __schema { types { fields { name } } } }"));
    }
}

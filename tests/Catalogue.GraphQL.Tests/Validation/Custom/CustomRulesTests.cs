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

public class CostLimitRuleTests
{
    [Fact]
    public void CheapQueriesAreValid() => ExpectValid(new CostLimitRule(10), "{ dog { name mother { name } } }");

    [Fact]
    public void PaginationArgumentsMultiplyChildCost()
    {
        var schema = new Catalogue.GraphQL.Types.Builder.SchemaBuilder()
            .Object("Query", t => t.Field("items", "[Item!]!", f => f.Argument("first", "Int")))
            .Object("Item", t => t.Field("id", "ID!").Field("children", "[Item!]!", f => f.Argument("first", "Int")))
            .Query("Query")
            .Build();
        // items: 1 + 100 * (id 1 + children (1 + 10 * 1)) = 1 + 100 * 12 = 1201
        var error = Assert.Single(Validate(new CostLimitRule(1000), "{ items(first: 100) { id children { id } } }", schema));
        Assert.Equal("Operation has a cost of 1201, which exceeds the maximum allowed cost of 1000.", error.Message);
        Assert.Equal("COST_LIMIT_EXCEEDED", error.Extensions!["code"]);
        Assert.Empty(Validate(new CostLimitRule(1000), "{ items(first: 10) { id children(first: 5) { id } } }", schema));
        // Variables are honoured when the rule is given them.
        var withVariables = new CostLimitRule(1000, variables: new Dictionary<string, object?> { ["n"] = 1000 });
        Assert.Single(Validate(withVariables, "query ($n: Int) { items(first: $n) { id } }", schema));
    }
}

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

public class DocumentValidatorTests
{
    [Fact]
    public void AllSpecifiedRulesAcceptAValidDocument()
    {
        var document = Parser.Parse("""
            query Q($cmd: DogCommand = SIT) {
              dog { ...DogFields isHouseTrained doesKnowCommand(dogCommand: $cmd) }
              catOrDog { __typename ... on Cat { meows } }
            }
            fragment DogFields on Dog { name barkVolume mother { name } }
            """);
        Assert.Empty(DocumentValidator.Validate(TestSchema.Instance, document));
    }

    [Fact]
    public void StopsAtMaxErrors()
    {
        var errors = DocumentValidator.Validate(TestSchema.Instance, Parser.Parse("{ a b c d }"), maxErrors: 2);
        Assert.Equal(3, errors.Count);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[2].Message);
    }

    [Fact]
    public void ReportsErrorsOfSeveralRulesInOnePass()
    {
        var errors = DocumentValidator.Validate(TestSchema.Instance, Parser.Parse("query Q($v: Int) { dog { unknown } } fragment F on Dog { name }"));
        Assert.Equal(
            [
                "Cannot query field \"unknown\" on type \"Dog\".",
                // The operation is left (NoUnusedVariables) before the document is (NoUnusedFragments).
                "Variable \"$v\" is never used in operation \"Q\".",
                "Fragment \"F\" is never used.",
            ],
            errors.Select(e => e.Message));
    }
}

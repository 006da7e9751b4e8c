using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Validation;
using Catalogue.GraphQL.Validation.Rules.Custom;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation.Custom;

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

using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void UniqueVariableNamesAreValid() =>
        ExpectValid(Rule, "query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }");

    [Fact]
    public void DuplicateVariableNames()
    {
        ExpectErrors(Rule, """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            E("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            E("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            E("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
    }
}

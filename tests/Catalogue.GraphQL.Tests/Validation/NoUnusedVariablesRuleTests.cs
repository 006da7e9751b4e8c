using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void UsesAllVariablesIncludingThroughFragments()
    {
        ExpectValid(Rule, "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }");
        ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) { ...FragB }
            }
            fragment FragB on Type {
              field(b: $b, c: $c)
            }
            """);
    }

    [Fact]
    public void VariablesNotUsed()
    {
        ExpectErrors(Rule, """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            E("Variable \"$c\" is never used.", (1, 32)));
        ExpectErrors(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            E("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            E("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
    }
}

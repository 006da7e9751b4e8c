using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void AllVariablesDefinedIncludingInFragments() =>
        ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b, c: $c)
            }
            """);

    [Fact]
    public void VariableNotDefined()
    {
        ExpectErrors(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            E("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));
    }

    [Fact]
    public void VariableNotDefinedByUnNamedQueryAndInFragments()
    {
        ExpectErrors(Rule, "{ field(a: $a) }", E("Variable \"$a\" is not defined.", (1, 12), (1, 1)));
        ExpectErrors(Rule, """
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a, b: $b)
            }
            """,
            E("Variable \"$b\" is not defined by operation \"Foo\".", (5, 19), (1, 1)));
    }

    [Fact]
    public void VariableInFragmentIsNotDefinedByMultipleOperations()
    {
        ExpectErrors(Rule, """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """,
            E("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
            E("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)));
    }
}

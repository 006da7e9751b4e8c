using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void InputTypesAreValid() =>
        ExpectValid(Rule, "query Foo($a: Unknown, $b: [[Unknown!]]!, $c: String, $d: [Boolean!]!, $e: ComplexInput) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void OutputTypesAreInvalid()
    {
        ExpectErrors(Rule, """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            E("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            E("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            E("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
    }
}

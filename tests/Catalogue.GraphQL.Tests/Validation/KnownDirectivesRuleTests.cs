using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void KnownDirectivesInValidLocations() =>
        ExpectValid(Rule, """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @skip(if: $var) { name @onField }
              ... @include(if: true) { __typename }
            }
            fragment Frag on Human @onFragmentDefinition { name }
            mutation @onMutation { someField }
            """);

    [Fact]
    public void UnknownDirectives()
    {
        ExpectErrors(Rule, """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """,
            E("Unknown directive \"@unknown\".", (2, 9)));
    }

    [Fact]
    public void MisplacedDirectives()
    {
        ExpectErrors(Rule, """
            query ($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
            }
            mutation @onQuery {
              someField
            }
            """,
            E("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            E("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            E("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
            E("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
            E("Directive \"@onQuery\" may not be used on MUTATION.", (5, 10)));
    }
}

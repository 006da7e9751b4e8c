using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void ProvidedAndOptionalArgumentsAreValid()
    {
        ExpectValid(Rule, "{ dog { isHouseTrained(atOtherHomes: true) isHouseTrained } }");
        ExpectValid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } }");
        ExpectValid(Rule, "{ dog { unknownField } }");
        ExpectValid(Rule, "{ dog @include(if: true) { name } }");
    }

    [Fact]
    public void MissingFieldArguments()
    {
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            E("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
        ExpectErrors(Rule, "{ complicatedArgs { multipleReqs } }",
            E("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            E("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void MissingDirectiveArguments()
    {
        ExpectErrors(Rule, """
            {
              dog @include {
                name @skip
              }
            }
            """,
            E("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            E("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));
    }
}

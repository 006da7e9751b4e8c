using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void CompositeConditionsAreValid()
    {
        ExpectValid(Rule, "fragment validFragment on Dog { barks }");
        ExpectValid(Rule, "fragment validFragment on Pet { ... on Dog { barks } }");
        ExpectValid(Rule, "fragment validFragment on CatOrDog { __typename }");
        ExpectValid(Rule, "fragment validFragment on Pet { ... { name } }");
    }

    [Fact]
    public void ScalarConditionIsInvalid()
    {
        ExpectErrors(Rule, """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            E("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
    }

    [Fact]
    public void InlineFragmentOnScalarIsInvalid()
    {
        ExpectErrors(Rule, """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            E("Fragment cannot condition on non composite type \"String\".", (2, 10)));
    }

    [Fact]
    public void EnumAndInputObjectConditionsAreInvalid()
    {
        ExpectErrors(Rule, "fragment scalarFragment on FurColor { bad }",
            E("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));
        ExpectErrors(Rule, "fragment inputFragment on ComplexInput { stringField }",
            E("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));
    }
}

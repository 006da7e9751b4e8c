using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void CompatiblePositionsAreValid()
    {
        ExpectValid(Rule, "query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }");
        ExpectValid(Rule, "query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }");
        ExpectValid(Rule, "query Query($intArg: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }");
        ExpectValid(Rule, "query Query($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }");
        ExpectValid(Rule, "query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }");
        ExpectValid(Rule, "query Query($boolVar: Boolean!) { dog @include(if: $boolVar) { name } }");
    }

    [Fact]
    public void NullableIntIntoNonNullInt()
    {
        ExpectErrors(Rule, """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            E("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));
    }

    [Fact]
    public void VariableUsedInFragmentAndDirective()
    {
        ExpectErrors(Rule, """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
            E("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (4, 13), (2, 37)));
        ExpectErrors(Rule, "query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }",
            E("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 51)));
    }

    [Fact]
    public void StringListIntoStringListNonNullAndMismatchedTypes()
    {
        ExpectErrors(Rule, "query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }",
            E("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (1, 107)));
        ExpectErrors(Rule, "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }",
            E("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (1, 87)));
    }

    [Fact]
    public void NullableVariableInOneOfInputObject()
    {
        ExpectValid(Rule, "query ($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }");
        ExpectErrors(Rule, "query ($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }",
            E("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 8), (1, 79)));
    }
}

using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void IdenticalAndUniqueFieldsAreValid()
    {
        ExpectValid(Rule, "fragment uniqueFields on Dog { name nickname }");
        ExpectValid(Rule, "fragment mergeIdenticalFields on Dog { name name }");
        ExpectValid(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }");
        ExpectValid(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) }");
        ExpectValid(Rule, "fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }");
        ExpectValid(Rule, "fragment f on ComplicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) }");
    }

    [Fact]
    public void SameAliasesWithDifferentFieldTargets()
    {
        ExpectErrors(Rule, """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            E("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void AllowsDifferentFieldsOnMutuallyExclusiveTypes() =>
        ExpectValid(Rule, """
            fragment f on Pet {
              ... on Dog { name }
              ... on Cat { name: nickname }
            }
            """);

    [Fact]
    public void DifferentArguments()
    {
        ExpectErrors(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            E("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
        ExpectErrors(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            E("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void ConflictingReturnTypesOnExclusiveTypes()
    {
        ExpectErrors(Rule, """
            {
              catOrDog {
                ... on Dog { volume: name }
                ... on Cat { volume: meowsVolume }
              }
            }
            """,
            E("Fields \"volume\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (3, 18), (4, 18)));
    }

    [Fact]
    public void DeepConflict()
    {
        ExpectErrors(Rule, """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            E("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                (2, 3), (3, 5), (5, 3), (6, 5)));
    }

    [Fact]
    public void ConflictsThroughFragments()
    {
        ExpectErrors(Rule, """
            {
              dog {
                ...A
                ...B
              }
            }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """,
            E("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 21), (8, 21)));
    }
}

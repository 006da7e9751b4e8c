using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void ValidSelections()
    {
        ExpectValid(Rule, "fragment scalarSelection on Dog { barks }");
        ExpectValid(Rule, "fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }");
    }

    [Fact]
    public void ObjectTypeMissingSelection()
    {
        ExpectErrors(Rule, """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            E("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));
    }

    [Fact]
    public void InterfaceAndListTypesMissingSelection()
    {
        ExpectErrors(Rule, "{ human { pets } }",
            E("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedOnBooleanOrEnum()
    {
        ExpectErrors(Rule, """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            E("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));
        ExpectErrors(Rule, "fragment f on Cat { furColor { inHexDec } }",
            E("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 30)));
    }

    [Fact]
    public void ScalarSelectionWithArgsNotAllowed()
    {
        ExpectErrors(Rule, "fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }",
            E("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 54)));
    }
}

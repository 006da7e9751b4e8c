using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void KnownArgumentsAreValid()
    {
        ExpectValid(Rule, "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }");
        ExpectValid(Rule, "fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }");
        ExpectValid(Rule, "{ dog @skip(if: true) { name } }");
        ExpectValid(Rule, "fragment f on Dog { unknownField(unknownArg: SIT) }");
    }

    [Fact]
    public void UnknownDirectiveArgument()
    {
        ExpectErrors(Rule, "{ dog @skip(unless: true) { name } }",
            E("Unknown argument \"unless\" on directive \"@skip\".", (1, 13)));
        ExpectErrors(Rule, "{ dog @skip(iff: true) { name } }",
            E("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));
    }

    [Fact]
    public void UnknownFieldArguments()
    {
        ExpectErrors(Rule, "fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }",
            E("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 50)));
        ExpectErrors(Rule, "fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }",
            E("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (1, 59)),
            E("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 89)));
    }
}

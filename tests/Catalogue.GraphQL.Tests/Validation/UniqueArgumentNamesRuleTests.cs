using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void DistinctArgumentsAreValid()
    {
        ExpectValid(Rule, "{ field(arg1: \"value\", arg2: \"value\") }");
        ExpectValid(Rule, "{ one: field(arg: \"value\") two: field(arg: \"value\") }");
        ExpectValid(Rule, "{ field @directive(arg1: \"value\", arg2: \"value\") }");
    }

    [Fact]
    public void DuplicateArguments()
    {
        ExpectErrors(Rule, "{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }",
            E("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)));
        ExpectErrors(Rule, "{ field @directive(arg1: \"value\", arg1: \"value\") }",
            E("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));
    }
}

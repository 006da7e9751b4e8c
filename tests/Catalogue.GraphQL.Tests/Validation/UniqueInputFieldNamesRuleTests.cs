using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void DistinctAndNestedInputFieldsAreValid()
    {
        ExpectValid(Rule, "{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }");
        ExpectValid(Rule, "{ field(arg: { f1: {f2: \"value\"}, f2: {f1: \"value\"} }) }");
    }

    [Fact]
    public void DuplicateInputFields()
    {
        ExpectErrors(Rule, "{ field(arg: { f1: \"value\", f1: \"value\" }) }",
            E("There can be only one input field named \"f1\".", (1, 16), (1, 29)));
        ExpectErrors(Rule, "{ field(arg: { f1: {f2: \"value\", f2: \"value\" }}) }",
            E("There can be only one input field named \"f2\".", (1, 21), (1, 34)));
    }
}

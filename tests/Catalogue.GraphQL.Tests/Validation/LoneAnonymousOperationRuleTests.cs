using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void OneAnonymousOperationOrManyNamedOnesAreValid()
    {
        ExpectValid(Rule, "{ field }");
        ExpectValid(Rule, "query Foo { field } query Bar { field }");
        ExpectValid(Rule, "{ ...Foo } fragment Foo on Type { field }");
    }

    [Fact]
    public void MultipleAnonymousOperations()
    {
        ExpectErrors(Rule, """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            E("This anonymous operation must be the only defined operation.", (1, 1)),
            E("This anonymous operation must be the only defined operation.", (4, 1)));
    }

    [Fact]
    public void AnonymousOperationWithAMutation()
    {
        ExpectErrors(Rule, """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            E("This anonymous operation must be the only defined operation.", (1, 1)));
    }
}

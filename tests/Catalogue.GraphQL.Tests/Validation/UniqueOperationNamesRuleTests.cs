using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void NoOperationsAndOneAnonymousOperationAreValid()
    {
        ExpectValid(Rule, "fragment fragA on Type { field }");
        ExpectValid(Rule, "{ field }");
    }

    [Fact]
    public void MultipleOperationsOfDifferentNamesAreValid() =>
        ExpectValid(Rule, "query Foo { field } query Bar { field }");

    [Fact]
    public void FragmentAndOperationNamedTheSameAreValid() =>
        ExpectValid(Rule, "query Foo { ...Foo } fragment Foo on Type { field }");

    [Fact]
    public void MultipleOperationsOfSameName()
    {
        ExpectErrors(Rule, """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            E("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));
    }

    [Fact]
    public void MultipleOperationsOfSameNameOfDifferentTypes()
    {
        ExpectErrors(Rule, """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            subscription Foo {
              fieldC
            }
            """,
            E("There can be only one operation named \"Foo\".", (1, 7), (4, 10)),
            E("There can be only one operation named \"Foo\".", (1, 7), (7, 14)));
    }
}

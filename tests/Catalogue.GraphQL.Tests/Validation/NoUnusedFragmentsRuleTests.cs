using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void AllFragmentNamesAreUsed() =>
        ExpectValid(Rule, """
            {
              human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } }
            }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);

    [Fact]
    public void ContainsUnknownAndUnusedFragments()
    {
        ExpectErrors(Rule, """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            E("Fragment \"Unused1\" is never used.", (13, 1)),
            E("Fragment \"Unused2\" is never used.", (16, 1)));
    }
}

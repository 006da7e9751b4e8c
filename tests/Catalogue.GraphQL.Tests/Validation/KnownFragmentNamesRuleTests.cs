using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void KnownFragmentsAreValid() =>
        ExpectValid(Rule, "{ human(id: 4) { ...HumanFields } } fragment HumanFields on Human { name }");

    [Fact]
    public void UnknownFragmentsAreInvalid()
    {
        ExpectErrors(Rule, """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            E("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            E("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            E("Unknown fragment \"UnknownFragment3\".", (11, 6)));
    }
}

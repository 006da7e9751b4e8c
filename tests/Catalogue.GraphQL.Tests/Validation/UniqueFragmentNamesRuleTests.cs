using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void DistinctFragmentsAreValid() =>
        ExpectValid(Rule, "{ ...fragA ...fragB } fragment fragA on Type { fieldA } fragment fragB on Type { fieldB }");

    [Fact]
    public void FragmentsNamedTheSame()
    {
        ExpectErrors(Rule, """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            E("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));
    }
}

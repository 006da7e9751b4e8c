using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void DistinctAndRepeatableDirectivesAreValid()
    {
        ExpectValid(Rule, "fragment Test on Type { field @onField @include(if: true) }");
        ExpectValid(Rule, "fragment Test on Type { field @repeatable @repeatable }");
        ExpectValid(Rule, "fragment Test on Type { field @onField field @onField }");
    }

    [Fact]
    public void DuplicateDirectivesInOneLocation()
    {
        ExpectErrors(Rule, "fragment Test on Type { field @onField @onField @onField }",
            E("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)),
            E("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 49)));
    }

    [Fact]
    public void DuplicateDirectivesOnFragmentDefinition()
    {
        ExpectErrors(Rule, "fragment Test on Type @onFragmentDefinition @onFragmentDefinition { field }",
            E("The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 23), (1, 45)));
    }
}

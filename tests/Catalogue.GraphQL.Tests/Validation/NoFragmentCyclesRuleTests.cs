using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void SpreadsWithoutCyclesAreValid()
    {
        ExpectValid(Rule, "fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }");
        ExpectValid(Rule, "fragment fragA on Dog { ...fragB, ...fragB } fragment fragB on Dog { name }");
        ExpectValid(Rule, "fragment fragA on Dog { ...fragB, ...fragC } fragment fragB on Dog { ...fragC } fragment fragC on Dog { name }");
        ExpectValid(Rule, "fragment nameFragment on Pet { ... on Dog { name } } fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } }");
    }

    [Fact]
    public void UnknownFragmentsDoNotMatter() => ExpectValid(Rule, "fragment nameFragment on Pet { ...UnknownFragment }");

    [Fact]
    public void SpreadingItselfDirectly()
    {
        ExpectErrors(Rule, "fragment fragA on Human { ...fragA }",
            E("Cannot spread fragment \"fragA\" within itself.", (1, 27)));
    }

    [Fact]
    public void SpreadingRecursivelyWithinFieldsAndFragments()
    {
        ExpectErrors(Rule, """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            E("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void SpreadingRecursivelyDeeply()
    {
        ExpectErrors(Rule, """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            E("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            E("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }
}

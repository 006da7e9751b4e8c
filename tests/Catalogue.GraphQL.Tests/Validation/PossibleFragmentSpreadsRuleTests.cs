using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void OverlappingSpreadsAreValid()
    {
        ExpectValid(Rule, "fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }");
        ExpectValid(Rule, "fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }");
        ExpectValid(Rule, "fragment unionWithinInterface on Pet { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }");
        ExpectValid(Rule, "fragment interfaceWithinInterface on Pet { ... on Canine { name } }");
    }

    [Fact]
    public void DifferentObjectIntoObject()
    {
        ExpectErrors(Rule, "fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }",
            E("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));
    }

    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment()
    {
        ExpectErrors(Rule, """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            E("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void ObjectIntoNotImplementingInterfaceAndUnion()
    {
        ExpectErrors(Rule, "fragment invalidObjectWithinInterface on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } }",
            E("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));
        ExpectErrors(Rule, "fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment } fragment humanFragment on Human { pets { name } }",
            E("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));
    }
}

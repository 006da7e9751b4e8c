using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void ValidFieldSelections()
    {
        ExpectValid(Rule, "fragment objectFieldSelection on Dog { __typename name }");
        ExpectValid(Rule, "fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }");
        ExpectValid(Rule, "fragment interfaceFieldSelection on Pet { __typename name }");
        ExpectValid(Rule, "fragment typeKnownAgain on Pet { ... on Cat { meows } }");
        ExpectValid(Rule, "fragment directFieldSelectionOnUnion on CatOrDog { __typename }");
        ExpectValid(Rule, "{ __schema { queryType { name } } __type(name: \"Dog\") { name } }");
    }

    [Fact]
    public void FieldNotDefinedOnFragment()
    {
        ExpectErrors(Rule, "fragment fieldNotDefined on Dog { meowVolume }",
            E("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 35)));
    }

    [Fact]
    public void IgnoresDeeplyUnknownField()
    {
        ExpectErrors(Rule, """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            E("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void FieldNotDefinedOnInterfaceSuggestsImplementations()
    {
        ExpectErrors(Rule, "fragment notDefinedOnInterface on Pet { tailLength }",
            E("Cannot query field \"tailLength\" on type \"Pet\".", (1, 41)));
        ExpectErrors(Rule, "fragment definedOnImplementorsButNotInterface on Pet { nickname }",
            E("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 56)));
    }

    [Fact]
    public void DirectFieldSelectionOnUnion()
    {
        ExpectErrors(Rule, "fragment directFieldSelectionOnUnion on CatOrDog { directField }",
            E("Cannot query field \"directField\" on type \"CatOrDog\".", (1, 52)));
        ExpectErrors(Rule, "fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }",
            E("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 60)));
    }

    [Fact]
    public void SuggestionsAreHiddenWhenRequested()
    {
        var errors = Catalogue.GraphQL.Validation.DocumentValidator.Validate(
            TestSchema.Instance, Catalogue.GraphQL.Language.Parser.Parse("{ dog { meowVolume } }"), [Rule], hideSuggestions: true);
        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\".", Assert.Single(errors).Message);
    }
}

using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void KnownTypeNamesAreValid() =>
        ExpectValid(Rule, """
            query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }
            fragment PetFields on Pet {
              name
            }
            """);

    [Fact]
    public void UnknownTypeNamesAreInvalid()
    {
        ExpectErrors(Rule, """
            query Foo($var: JumbledUpLetters) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            E("Unknown type \"JumbledUpLetters\".", (1, 17)),
            E("Unknown type \"Badger\".", (4, 19)),
            E("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));
    }

    [Fact]
    public void ReferencesToUnusedStandardScalarsAreUnknown()
    {
        var schema = new Catalogue.GraphQL.Types.Builder.SchemaBuilder()
            .Object("Query", t => t.Field("foo", "String")).Query("Query").Build();
        ExpectErrors(Rule, "query ($id: ID, $float: Float, $int: Int) { __typename }", schema,
            E("Unknown type \"ID\".", (1, 13)),
            E("Unknown type \"Float\".", (1, 25)),
            E("Unknown type \"Int\".", (1, 38)));
    }
}

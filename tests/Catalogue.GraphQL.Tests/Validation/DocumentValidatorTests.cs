using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Validation;
using Catalogue.GraphQL.Validation.Rules.Custom;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void AllSpecifiedRulesAcceptAValidDocument()
    {
        var document = Parser.Parse("""
            query Q($cmd: DogCommand = SIT) {
              dog { ...DogFields isHouseTrained doesKnowCommand(dogCommand: $cmd) }
              catOrDog { __typename ... on Cat { meows } }
            }
            fragment DogFields on Dog { name barkVolume mother { name } }
            """);
        Assert.Empty(DocumentValidator.Validate(TestSchema.Instance, document));
    }

    [Fact]
    public void StopsAtMaxErrors()
    {
        var errors = DocumentValidator.Validate(TestSchema.Instance, Parser.Parse("{ a b c d }"), maxErrors: 2);
        Assert.Equal(3, errors.Count);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[2].Message);
    }

    [Fact]
    public void ReportsErrorsOfSeveralRulesInOnePass()
    {
        var errors = DocumentValidator.Validate(TestSchema.Instance, Parser.Parse("query Q($v: Int) { dog { unknown } } fragment F on Dog { name }"));
        Assert.Equal(
            [
                "Cannot query field \"unknown\" on type \"Dog\".",
                // The operation is left (NoUnusedVariables) before the document is (NoUnusedFragments).
                "Variable \"$v\" is never used in operation \"Q\".",
                "Fragment \"F\" is never used.",
            ],
            errors.Select(e => e.Message));
    }
}

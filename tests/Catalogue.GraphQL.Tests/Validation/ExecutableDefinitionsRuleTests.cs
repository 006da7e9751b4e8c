using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void OperationsAndFragmentsAreValid() =>
        ExpectValid(Rule, "query Foo { dog { name } } fragment Frag on Dog { name }");

    [Fact]
    public void TypeDefinitionsAreNotExecutable()
    {
        ExpectErrors(Rule, """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            E("The \"Cow\" definition is not executable.", (7, 1)),
            E("The \"Dog\" definition is not executable.", (11, 1)));
    }

    [Fact]
    public void SchemaDefinitionsAreNotExecutable()
    {
        ExpectErrors(Rule, """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """,
            E("The schema definition is not executable.", (1, 1)),
            E("The \"Query\" definition is not executable.", (5, 1)),
            E("The schema definition is not executable.", (9, 1)));
    }
}

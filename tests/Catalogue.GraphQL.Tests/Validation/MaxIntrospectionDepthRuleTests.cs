using Catalogue.GraphQL.Validation.Rules;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation;

public class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void StandardIntrospectionQueryIsValid() =>
        ExpectValid(Rule, Catalogue.GraphQL.Utilities.IntrospectionQuery.Get());

    [Fact]
    public void ShallowIntrospectionIsValid() =>
        ExpectValid(Rule, "{ __schema { types { fields { type { fields { name } } } } } }");

    [Fact]
    public void DeepFieldsAreRejected()
    {
        ExpectErrors(Rule, """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            E("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void DeepFieldsThroughFragmentsAreRejected()
    {
        ExpectErrors(Rule, """
            query test {
              __type(name: "Query") {
                ...Fields
              }
            }
            fragment Fields on __Type {
              fields { type { ...Interfaces } }
            }
            fragment Interfaces on __Type {
              interfaces { possibleTypes { name } }
            }
            """,
            E("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void CyclicFragmentsTerminate() =>
        ExpectErrors(Rule, """
            {
              __schema { types { ...Cycle } }
            }
            fragment Cycle on __Type { ofType { ...Cycle } }
            """);
}

namespace Catalogue.GraphQL.Utilities;

/// <summary>Options of graphql-js getIntrospectionQuery (same names and defaults).</summary>
public sealed record IntrospectionQueryOptions
{
    public bool Descriptions { get; init; } = true;
    public bool SpecifiedByUrl { get; init; }
    public bool DirectiveIsRepeatable { get; init; }
    public bool SchemaDescription { get; init; }
    public bool InputValueDeprecation { get; init; }
    public bool ExperimentalDirectiveDeprecation { get; init; }
    public bool OneOf { get; init; }
    /// <summary>How many levels of <c>ofType</c> TypeRef unwraps (0–100).</summary>
    public int TypeDepth { get; init; } = 9;

    /// <summary>Every optional part switched on, as clients such as GraphiQL request today.</summary>
    public static IntrospectionQueryOptions All { get; } = new()
    {
        SpecifiedByUrl = true,
        DirectiveIsRepeatable = true,
        SchemaDescription = true,
        InputValueDeprecation = true,
        ExperimentalDirectiveDeprecation = true,
        OneOf = true,
    };
}

/// <summary>The text of graphql-js getIntrospectionQuery, character for character, for the given options.</summary>
public static class IntrospectionQuery
{
    public static string Get(IntrospectionQueryOptions? options = null)
    {
        var o = options ?? new IntrospectionQueryOptions();
        var descriptions = o.Descriptions ? "description" : "";
        var specifiedByUrl = o.SpecifiedByUrl ? "specifiedByURL" : "";
        var directiveIsRepeatable = o.DirectiveIsRepeatable ? "isRepeatable" : "";
        var schemaDescription = o.SchemaDescription ? descriptions : "";
        string InputDeprecation(string s) => o.InputValueDeprecation ? s : "";
        string DirectiveDeprecation(string s) => o.ExperimentalDirectiveDeprecation ? s : "";
        var oneOf = o.OneOf ? "isOneOf" : "";

        var text = $$"""

                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives{{DirectiveDeprecation("(includeDeprecated: true)")}} {
                      name
                      {{descriptions}}
                      {{directiveIsRepeatable}}
                      {{DirectiveDeprecation("isDeprecated")}}
                      {{DirectiveDeprecation("deprecationReason")}}
                      locations
                      args{{InputDeprecation("(includeDeprecated: true)")}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{InputDeprecation("(includeDeprecated: true)")}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{InputDeprecation("(includeDeprecated: true)")}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{InputDeprecation("isDeprecated")}}
                  {{InputDeprecation("deprecationReason")}}
                }

                fragment TypeRef on __Type {
                  kind
                  name{{OfType(o.TypeDepth, "      ")}}
                }

            """;
        // graphql-js's template literal ends with the indentation of its closing backtick.
        return text + "  ";
    }

    private static string OfType(int level, string indent)
    {
        if (level <= 0) return "";
        if (level > 100) throw new ArgumentOutOfRangeException(nameof(level), "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");
        return $"\n{indent}ofType {{\n{indent}  name\n{indent}  kind{OfType(level - 1, indent + "  ")}\n{indent}}}";
    }
}

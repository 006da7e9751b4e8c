namespace Catalogue.GraphQL.Language;

/// <summary>Where a directive may appear (spec §3.13 DirectiveLocations), spelled as in SDL.</summary>
public enum DirectiveLocation
{
    QUERY,
    MUTATION,
    SUBSCRIPTION,
    FIELD,
    FRAGMENT_DEFINITION,
    FRAGMENT_SPREAD,
    INLINE_FRAGMENT,
    VARIABLE_DEFINITION,
    SCHEMA,
    SCALAR,
    OBJECT,
    FIELD_DEFINITION,
    ARGUMENT_DEFINITION,
    INTERFACE,
    UNION,
    ENUM,
    ENUM_VALUE,
    INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
    /// <summary>Not yet in the spec's text; graphql-js 16.15 accepts it (and puts @deprecated there), and our introspection must match it.</summary>
    DIRECTIVE_DEFINITION,
}

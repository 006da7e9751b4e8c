using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Types;

/// <summary>The directives every schema includes, defined exactly as in graphql-js 16.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new(
        "include",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." }])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
    };

    public static readonly DirectiveDefinition Skip = new(
        "skip",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." }])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
    };

    public static readonly DirectiveDefinition Deprecated = new(
        "deprecated",
        [
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION,
            DirectiveLocation.ENUM_VALUE, .. DirectiveDefinitionLocation(),
        ],
        [
            new ArgumentDefinition("reason", Scalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = DefaultDeprecationReason,
            },
        ])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
    };

    public static readonly DirectiveDefinition SpecifiedBy = new(
        "specifiedBy",
        [DirectiveLocation.SCALAR],
        [new ArgumentDefinition("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." }])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
    };

    public static readonly DirectiveDefinition OneOf = new("oneOf", [DirectiveLocation.INPUT_OBJECT])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    // graphql-js 16.15 allows @deprecated on directive definitions; included once the language enum knows the location.
    private static IEnumerable<DirectiveLocation> DirectiveDefinitionLocation() =>
        Enum.TryParse<DirectiveLocation>("DIRECTIVE_DEFINITION", out var location) ? [location] : [];

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecifiedDirective(DirectiveDefinition directive) => All.Any(d => d.Name == directive.Name);
}

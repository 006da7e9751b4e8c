using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;
using Catalogue.GraphQL.Validation.Rules.Custom;
using static Catalogue.GraphQL.Tests.Validation.ValidationHarness;

namespace Catalogue.GraphQL.Tests.Validation.Custom;

public class NoDeprecatedCustomRuleTests
{
    private static readonly NoDeprecatedCustomRule Rule = new();

    private static readonly Schema Schema = new SchemaBuilder()
        .Object("Query", t => t
            .Field("current", "String")
            .Field("old", "String", f => f.Deprecated("Use current"))
            .Field("search", "String", f => f
                .Argument("q", "String")
                .Argument("term", "String", deprecationReason: "Use q")
                .Argument("filter", "Filter")
                .Argument("status", "Status")))
        .Input("Filter", t => t.Field("keyword", "String").Field("tag", "String", deprecationReason: "Use keyword"))
        .Enum("Status", [new EnumValueDefinition("OPEN"), new EnumValueDefinition("LEGACY") { DeprecationReason = "Use OPEN" }])
        .Directive(new Catalogue.GraphQL.Types.DirectiveDefinition("cache", [Catalogue.GraphQL.Language.DirectiveLocation.FIELD],
            [new ArgumentDefinition("seconds", Scalars.Int), new ArgumentDefinition("ttl", Scalars.Int) { DeprecationReason = "Use seconds" }]))
        .Query("Query")
        .Build();

    [Fact]
    public void CurrentMembersAreFine() =>
        ExpectValid(Rule, "{ current search(q: \"x\", filter: { keyword: \"k\" }, status: OPEN) @cache(seconds: 1) }", Schema);

    [Fact]
    public void EveryDeprecatedUseIsReported()
    {
        ExpectErrors(Rule, """
            {
              old
              search(term: "x", filter: { tag: "t" }, status: LEGACY) @cache(ttl: 5)
            }
            """, Schema,
            E("The field Query.old is deprecated. Use current", (2, 3)),
            E("Field \"Query.search\" argument \"term\" is deprecated. Use q", (3, 10)),
            E("The input field Filter.tag is deprecated. Use keyword", (3, 31)),
            E("The enum value \"Status.LEGACY\" is deprecated. Use OPEN", (3, 51)),
            E("Directive \"@cache\" argument \"ttl\" is deprecated. Use seconds", (3, 66)));
    }
}

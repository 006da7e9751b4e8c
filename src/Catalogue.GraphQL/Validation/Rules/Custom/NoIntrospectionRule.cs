using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Rejects schema introspection (__schema, __type and any field returning an introspection type) for servers that
/// switch introspection off; __typename stays allowed. Wording of graphql-js NoSchemaIntrospectionCustomRule,
/// plus <c>extensions.code = "INTROSPECTION_DISABLED"</c>.
/// </summary>
public sealed class NoIntrospectionRule : ValidationRule
{
    public const string Code = "INTROSPECTION_DISABLED";

    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<FieldNode>(node =>
        {
            if (context.GetType()?.GetNamedType() is not { } type || !Introspection.IsIntrospectionType(type)) return;
            context.ReportError(new GraphQLError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".",
                [node],
                extensions: new Dictionary<string, object?> { ["code"] = Code }));
        });
}

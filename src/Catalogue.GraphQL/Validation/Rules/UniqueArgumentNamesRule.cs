using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Unique argument names: a field or directive receives each argument at most once.
/// Spec §5.4.2 (https://spec.graphql.org/draft/#sec-Argument-Uniqueness).
/// </summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<FieldNode>(field => Check(context, field.Arguments))
        .Enter<DirectiveNode>(directive => Check(context, directive.Arguments));

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value))
        {
            var nodes = group.ToList();
            if (nodes.Count > 1)
                context.ReportError($"There can be only one argument named \"{group.Key}\".", nodes.Select(n => (Node?)n.Name).ToArray());
        }
    }
}

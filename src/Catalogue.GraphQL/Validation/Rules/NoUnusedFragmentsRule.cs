using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// No unused fragments: every fragment is spread, directly or indirectly, by some operation.
/// Spec §5.5.1.4 (https://spec.graphql.org/draft/#sec-Fragments-Must-Be-Used).
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var operations = new List<OperationDefinitionNode>();
        var fragments = new List<FragmentDefinitionNode>();
        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(operation =>
            {
                operations.Add(operation);
                return VisitAction.Skip;
            })
            .Enter<FragmentDefinitionNode>(fragment =>
            {
                fragments.Add(fragment);
                return VisitAction.Skip;
            })
            .Leave<DocumentNode>(_ =>
            {
                var used = context.GetRecursivelyReferencedFragmentsForOperations(operations).Select(f => f.Name.Value).ToHashSet();
                foreach (var fragment in fragments)
                    if (!used.Contains(fragment.Name.Value))
                        context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            });
    }
}

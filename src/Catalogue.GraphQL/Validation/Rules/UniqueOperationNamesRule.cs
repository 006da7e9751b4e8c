using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Unique operation names: every named operation has a name no other operation uses.
/// Spec §5.2.1.1 (https://spec.graphql.org/draft/#sec-Operation-Name-Uniqueness).
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var known = new Dictionary<string, NameNode>();
        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(operation =>
            {
                if (operation.Name is { } name)
                {
                    if (known.TryGetValue(name.Value, out var first))
                        context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                    else
                        known[name.Value] = name;
                }
                return VisitAction.Skip;
            })
            .Enter<FragmentDefinitionNode>(_ => VisitAction.Skip);
    }
}

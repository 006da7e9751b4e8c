using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Caps how deeply introspection queries nest the list fields fields/interfaces/possibleTypes/inputFields
/// (graphql-js MaxIntrospectionDepthRule), which otherwise allow exponentially large responses.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var checkedFragments = new Dictionary<string, int>();
        var exceededFragments = new Dictionary<string, int>();

        bool CheckDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var fragmentName = spread.Name.Value;
                if (exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth) return true;
                // At equal or shallower entry depths, revisits are skipped to break cycles.
                if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                    || (checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                    return false;
                if (context.GetFragment(fragmentName) is not { } fragment) return false;
                visitedFragments[fragmentName] = depth;
                if (CheckDepth(fragment, visitedFragments, depth))
                {
                    exceededFragments[fragmentName] = depth;
                    return true;
                }
                checkedFragments[fragmentName] = depth;
                return false;
            }
            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth) return true;
            }
            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                FragmentDefinitionNode d => d.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
                foreach (var child in selectionSet.Selections)
                    if (CheckDepth(child, visitedFragments, depth)) return true;
            return false;
        }

        return new RuleVisitor().Enter<FieldNode>(node =>
        {
            if (node.Name.Value is not ("__schema" or "__type")) return VisitAction.Continue;
            if (!CheckDepth(node, new Dictionary<string, int>(), 0)) return VisitAction.Continue;
            context.ReportError("Maximum introspection depth exceeded", node);
            return VisitAction.Skip;
        });
    }
}

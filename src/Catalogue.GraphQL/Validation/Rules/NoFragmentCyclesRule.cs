using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// No fragment cycles: a fragment never spreads itself, directly or through other fragments.
/// Spec §5.5.2.2 (https://spec.graphql.org/draft/#sec-Fragment-spreads-must-not-form-cycles).
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var visited = new HashSet<string>();
        var spreadPath = new List<FragmentSpreadNode>();
        var spreadPathIndexByName = new Dictionary<string, int>();

        void DetectCycleRecursive(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!visited.Add(fragmentName)) return;
            var spreadNodes = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreadNodes.Count == 0) return;
            spreadPathIndexByName[fragmentName] = spreadPath.Count;
            foreach (var spreadNode in spreadNodes)
            {
                var spreadName = spreadNode.Name.Value;
                spreadPath.Add(spreadNode);
                if (!spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment) DetectCycleRecursive(spreadFragment);
                }
                else
                {
                    var cyclePath = spreadPath.Skip(cycleIndex).ToList();
                    var viaPath = string.Join(", ", cyclePath.SkipLast(1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length > 0 ? $" via {viaPath}." : "."),
                        cyclePath.Cast<Node?>().ToArray());
                }
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            spreadPathIndexByName.Remove(fragmentName);
        }

        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(_ => VisitAction.Skip)
            .Enter<FragmentDefinitionNode>(fragment =>
            {
                DetectCycleRecursive(fragment);
                return VisitAction.Skip;
            });
    }
}

using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Limits how deeply an operation nests fields (root fields have depth 1), following fragment spreads.
/// Introspection fields (<c>__schema</c>, <c>__type</c>) are not counted by default because the standard
/// introspection query is legitimately deep; MaxIntrospectionDepthRule guards those.
/// Reports one error per operation with <c>extensions.code = "MAX_DEPTH_EXCEEDED"</c>.
/// </summary>
public sealed class MaxDepthRule(int maxDepth, bool ignoreIntrospection = true) : ValidationRule
{
    public const string Code = "MAX_DEPTH_EXCEEDED";

    public int MaxDepth { get; } = maxDepth > 0 ? maxDepth : throw new ArgumentOutOfRangeException(nameof(maxDepth));

    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<OperationDefinitionNode>(operation =>
        {
            var depth = Depth(context, operation.SelectionSet, 0, []);
            if (depth > MaxDepth)
            {
                var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "Operation";
                context.ReportError(new GraphQLError(
                    $"{name} has depth {depth}, which exceeds the maximum allowed depth of {MaxDepth}.",
                    [operation],
                    extensions: new Dictionary<string, object?> { ["code"] = Code, ["depth"] = depth, ["maxDepth"] = MaxDepth }));
            }
            return VisitAction.Skip;
        });

    private int Depth(ValidationContext context, SelectionSetNode selectionSet, int parentDepth, HashSet<string> fragmentsOnPath)
    {
        var max = parentDepth;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode field when ignoreIntrospection && field.Name.Value is "__schema" or "__type" => parentDepth,
                FieldNode { SelectionSet: { } childSet } => Depth(context, childSet, parentDepth + 1, fragmentsOnPath),
                FieldNode => parentDepth + 1,
                InlineFragmentNode inline => Depth(context, inline.SelectionSet, parentDepth, fragmentsOnPath),
                FragmentSpreadNode spread => SpreadDepth(context, spread, parentDepth, fragmentsOnPath),
                _ => parentDepth,
            };
            max = Math.Max(max, depth);
            // Past the limit the exact figure no longer matters; stop early on hostile documents.
            if (max > MaxDepth) return max;
        }
        return max;
    }

    private int SpreadDepth(ValidationContext context, FragmentSpreadNode spread, int parentDepth, HashSet<string> fragmentsOnPath)
    {
        var name = spread.Name.Value;
        // Cycles are reported by NoFragmentCyclesRule; here they simply end the walk.
        if (context.GetFragment(name) is not { } fragment || !fragmentsOnPath.Add(name)) return parentDepth;
        var depth = Depth(context, fragment.SelectionSet, parentDepth, fragmentsOnPath);
        fragmentsOnPath.Remove(name);
        return depth;
    }
}

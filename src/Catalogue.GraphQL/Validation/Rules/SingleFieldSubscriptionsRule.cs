using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Single root field: a subscription selects exactly one top-level field, and not an introspection field.
/// Spec §5.2.3.1 (https://spec.graphql.org/draft/#sec-Single-root-field).
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        return new RuleVisitor().Enter<OperationDefinitionNode>(node =>
        {
            if (node.Operation != OperationType.Subscription || context.Schema.Subscription is not { } subscriptionType) return;
            var operationName = node.Name?.Value;
            if (fragments is null)
            {
                context.SpendFragmentWork(context.Document.Definitions.Count);
                fragments = [];
                foreach (var fragment in context.Document.Definitions.OfType<FragmentDefinitionNode>())
                    fragments[fragment.Name.Value] = fragment;
            }
            var fields = new OrderedDictionary<string, List<FieldNode>>();
            CollectFields(context, fragments, subscriptionType, node.SelectionSet, fields, []);
            if (fields.Count > 1)
            {
                var extra = fields.Values.Skip(1).SelectMany(f => f).Cast<Node?>().ToArray();
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extra);
            }
            foreach (var fieldNodes in fields.Values)
            {
                if (!fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes.Cast<Node?>().ToArray());
            }
        });
    }

    /// <summary>graphql-js collectFields with no variable values: groups the root selections by response key.</summary>
    private static void CollectFields(
        ValidationContext context,
        Dictionary<string, FragmentDefinitionNode> fragments,
        ObjectType runtimeType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragmentNames)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            if (!ShouldInclude(selection)) continue;
            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseKey, out var list)) fields[field.ResponseKey] = list = [];
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (!ConditionMatches(context.Schema, inline.TypeCondition, runtimeType)) continue;
                    CollectFields(context, fragments, runtimeType, inline.SelectionSet, fields, visitedFragmentNames);
                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragmentNames.Add(spread.Name.Value)) continue;
                    if (!fragments.TryGetValue(spread.Name.Value, out var fragment)
                        || !ConditionMatches(context.Schema, fragment.TypeCondition, runtimeType)) continue;
                    CollectFields(context, fragments, runtimeType, fragment.SelectionSet, fields, visitedFragmentNames);
                    break;
            }
        }
    }

    // Only literal conditions can be decided without variables; a variable condition counts as included.
    private static bool ShouldInclude(SelectionNode node)
    {
        foreach (var directive in node.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if (directive.Name.Value == "skip" && condition is { Value: true }) return false;
            if (directive.Name.Value == "include" && condition is { Value: false }) return false;
        }
        return true;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null) return true;
        var conditionalType = TypeFromAst.Get(schema, typeCondition);
        if (ReferenceEquals(conditionalType, type)) return true;
        return conditionalType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
    }
}

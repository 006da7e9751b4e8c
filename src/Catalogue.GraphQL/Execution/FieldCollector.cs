using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Execution;

/// <summary>
/// Spec §6.3.2 CollectFields (graphql-js <c>collectFields.ts</c>): groups the selections that apply to an object
/// type by response key, honouring @skip/@include, fragment type conditions and each fragment once.
/// </summary>
public sealed class FieldCollector(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variableValues)
{
    public OrderedDictionary<string, List<FieldNode>> Collect(ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>();
        CollectInto(runtimeType, selectionSet, fields, new HashSet<string>());
        return fields;
    }

    /// <summary>The merged sub-selections of all nodes of one field (graphql-js <c>collectSubfields</c>).</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectSubfields(ObjectType returnType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>();
        var visitedFragmentNames = new HashSet<string>();
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null) CollectInto(returnType, node.SelectionSet, fields, visitedFragmentNames);
        }
        return fields;
    }

    private void CollectInto(ObjectType runtimeType, SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field)) continue;
                    if (!fields.TryGetValue(field.ResponseKey, out var list)) fields.Add(field.ResponseKey, list = []);
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline) || !FragmentConditionMatches(inline.TypeCondition, runtimeType)) continue;
                    CollectInto(runtimeType, inline.SelectionSet, fields, visitedFragmentNames);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragmentNames.Contains(name) || !ShouldInclude(spread)) continue;
                    visitedFragmentNames.Add(name);
                    if (!fragments.TryGetValue(name, out var fragment) || !FragmentConditionMatches(fragment.TypeCondition, runtimeType))
                        continue;
                    CollectInto(runtimeType, fragment.SelectionSet, fields, visitedFragmentNames);
                    break;
            }
        }
    }

    private bool ShouldInclude(IHasDirectives node)
    {
        var skip = ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Skip, node, variableValues);
        if (skip is not null && skip.TryGetValue("if", out var skipIf) && skipIf is true) return false;
        var include = ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Include, node, variableValues);
        if (include is not null && include.TryGetValue("if", out var includeIf) && includeIf is false) return false;
        return true;
    }

    private bool FragmentConditionMatches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null) return true;
        var conditionalType = TypeFromAst.Get(schema, typeCondition);
        if (ReferenceEquals(conditionalType, type)) return true;
        return conditionalType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
    }
}

using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Static cost analysis: every field costs 1 plus its children's cost times a multiplier. The multiplier is the
/// value of a pagination argument (<c>first</c>/<c>last</c> by default) when given, else
/// <paramref name="defaultListSize"/> for list-returning fields, else 1. Fragments are expanded; all branches of
/// abstract selections are counted (an upper bound). Reports one error per operation whose cost exceeds
/// <paramref name="maxCost"/>, with <c>extensions.code = "COST_LIMIT_EXCEEDED"</c>.
/// </summary>
public sealed class CostLimitRule(
    int maxCost,
    int defaultListSize = 10,
    IReadOnlyList<string>? paginationArguments = null,
    IReadOnlyDictionary<string, object?>? variables = null) : ValidationRule
{
    public const string Code = "COST_LIMIT_EXCEEDED";

    private readonly IReadOnlyList<string> _paginationArguments = paginationArguments ?? ["first", "last"];

    public int MaxCost { get; } = maxCost > 0 ? maxCost : throw new ArgumentOutOfRangeException(nameof(maxCost));

    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<OperationDefinitionNode>(operation =>
        {
            var root = context.Schema.GetRootType(operation.Operation);
            var cost = root is null ? 0 : SelectionSetCost(context, root, operation.SelectionSet, []);
            if (cost > MaxCost)
            {
                var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "Operation";
                context.ReportError(new GraphQLError(
                    $"{name} has a cost of {FormatCost(cost)}, which exceeds the maximum allowed cost of {MaxCost}.",
                    [operation],
                    extensions: new Dictionary<string, object?> { ["code"] = Code, ["cost"] = cost, ["maxCost"] = MaxCost }));
            }
            return VisitAction.Skip;
        });

    private static string FormatCost(double cost) => JsValues.FormatNumber(cost);

    private double SelectionSetCost(ValidationContext context, NamedType parentType, SelectionSetNode selectionSet, HashSet<string> fragmentsOnPath)
    {
        double total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                FieldNode field => FieldCost(context, parentType, field, fragmentsOnPath),
                InlineFragmentNode inline => SelectionSetCost(context, ConditionType(context, inline.TypeCondition) ?? parentType, inline.SelectionSet, fragmentsOnPath),
                FragmentSpreadNode spread => SpreadCost(context, parentType, spread, fragmentsOnPath),
                _ => 0,
            };
            // Costs can grow exponentially with nesting; cap them so doubles stay meaningful.
            if (total > MaxCost) return total;
        }
        return total;
    }

    private double FieldCost(ValidationContext context, NamedType parentType, FieldNode field, HashSet<string> fragmentsOnPath)
    {
        var fieldDef = parentType is ICompositeType composite ? TypeInfo.GetFieldDef(context.Schema, composite, field.Name.Value) : null;
        if (field.SelectionSet is null || fieldDef is null) return 1;
        var childCost = SelectionSetCost(context, fieldDef.Type.GetNamedType(), field.SelectionSet, fragmentsOnPath);
        return 1 + Multiplier(field, fieldDef) * childCost;
    }

    private double Multiplier(FieldNode field, FieldDefinition fieldDef)
    {
        foreach (var argument in field.Arguments)
        {
            if (!_paginationArguments.Contains(argument.Name.Value)) continue;
            var value = argument.Value switch
            {
                IntValueNode i when long.TryParse(i.Value, out var n) => n,
                VariableNode v when variables is not null && JsValues.AsNumber(JsValues.Normalize(variables.GetValueOrDefault(v.Name.Value))) is { } d => (long)d,
                _ => (long?)null,
            };
            if (value is { } size) return Math.Max(0, size);
        }
        return fieldDef.Type.GetNullableType() is ListType ? defaultListSize : 1;
    }

    private double SpreadCost(ValidationContext context, NamedType parentType, FragmentSpreadNode spread, HashSet<string> fragmentsOnPath)
    {
        var name = spread.Name.Value;
        if (context.GetFragment(name) is not { } fragment || !fragmentsOnPath.Add(name)) return 0;
        var cost = SelectionSetCost(context, ConditionType(context, fragment.TypeCondition) ?? parentType, fragment.SelectionSet, fragmentsOnPath);
        fragmentsOnPath.Remove(name);
        return cost;
    }

    private static NamedType? ConditionType(ValidationContext context, NamedTypeNode? condition) =>
        condition is null ? null : context.Schema.GetType(condition.Name.Value);
}

using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Variables in allowed position: a variable's type is compatible with every place it is used
/// (a nullable variable may feed a non-null position only when a default covers it).
/// Spec §5.8.5 (https://spec.graphql.org/draft/#sec-All-Variable-Usages-are-Allowed).
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var varDefs = new Dictionary<string, VariableDefinitionNode>();
        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(_ => varDefs.Clear())
            .Leave<OperationDefinitionNode>(operation =>
            {
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var varName = usage.Node.Name.Value;
                    if (!varDefs.TryGetValue(varName, out var varDef) || usage.Type is null) continue;
                    var varType = TypeFromAst.Get(context.Schema, varDef.Type);
                    if (varType is not null && !AllowedVariableUsage(context.Schema, varType, varDef.DefaultValue, usage.Type, usage.HasDefaultValue))
                        context.ReportError(
                            $"Variable \"${varName}\" of type \"{varType}\" used in position expecting type \"{usage.Type}\".", varDef, usage.Node);
                    if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && TypePredicates.IsNullableType(varType))
                        context.ReportError(
                            $"Variable \"${varName}\" is of type \"{varType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf}\".",
                            varDef, usage.Node);
                }
            })
            .Enter<VariableDefinitionNode>(node => varDefs[node.Variable.Name.Value] = node);
    }

    private static bool AllowedVariableUsage(Schema schema, GraphQLType varType, ValueNode? varDefaultValue, GraphQLType locationType, bool hasLocationDefaultValue)
    {
        if (locationType is NonNullType nonNullLocation && varType is not NonNullType)
        {
            var hasNonNullVariableDefaultValue = varDefaultValue is not null and not NullValueNode;
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue) return false;
            return TypeComparators.IsTypeSubTypeOf(schema, varType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(schema, varType, locationType);
    }
}

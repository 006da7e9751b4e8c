using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// No undefined variables: every variable used (also inside spread fragments) is declared by the operation.
/// Spec §5.8.3 (https://spec.graphql.org/draft/#sec-All-Variable-Uses-Defined).
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var defined = new HashSet<string>();
        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(_ => defined.Clear())
            .Leave<OperationDefinitionNode>(operation =>
            {
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var varName = usage.Node.Name.Value;
                    if (defined.Contains(varName)) continue;
                    context.ReportError(
                        operation.Name is { } name
                            ? $"Variable \"${varName}\" is not defined by operation \"{name.Value}\"."
                            : $"Variable \"${varName}\" is not defined.",
                        usage.Node, operation);
                }
            })
            .Enter<VariableDefinitionNode>(node => defined.Add(node.Variable.Name.Value));
    }
}

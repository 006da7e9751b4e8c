using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// No unused variables: every declared variable is used by the operation or a fragment it spreads.
/// Spec §5.8.4 (https://spec.graphql.org/draft/#sec-All-Variables-Used).
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var variableDefs = new List<VariableDefinitionNode>();
        return new RuleVisitor()
            .Enter<OperationDefinitionNode>(_ => variableDefs.Clear())
            .Leave<OperationDefinitionNode>(operation =>
            {
                var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet();
                foreach (var def in variableDefs)
                {
                    var variableName = def.Variable.Name.Value;
                    if (used.Contains(variableName)) continue;
                    context.ReportError(
                        operation.Name is { } name
                            ? $"Variable \"${variableName}\" is never used in operation \"{name.Value}\"."
                            : $"Variable \"${variableName}\" is never used.",
                        def);
                }
            })
            .Enter<VariableDefinitionNode>(def => variableDefs.Add(def));
    }
}

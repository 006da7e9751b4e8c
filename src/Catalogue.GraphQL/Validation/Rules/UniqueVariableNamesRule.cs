using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Unique variable names: an operation declares each variable once.
/// Spec §5.8.1 (https://spec.graphql.org/draft/#sec-Variable-Uniqueness).
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<OperationDefinitionNode>(operation =>
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value))
            {
                var nodes = group.ToList();
                if (nodes.Count > 1)
                    context.ReportError($"There can be only one variable named \"${group.Key}\".",
                        nodes.Select(n => (Node?)n.Variable.Name).ToArray());
            }
        });
}

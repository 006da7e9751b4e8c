using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Variables are input types: a variable's declared type is a scalar, enum or input object (possibly wrapped).
/// Spec §5.8.2 (https://spec.graphql.org/draft/#sec-Variables-Are-Input-Types).
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<VariableDefinitionNode>(node =>
        {
            var type = TypeFromAst.Get(context.Schema, node.Type);
            if (type is not null && !TypePredicates.IsInputType(type))
                context.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        });
}

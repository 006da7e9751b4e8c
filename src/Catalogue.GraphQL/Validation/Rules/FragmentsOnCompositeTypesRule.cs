using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on composite types: fragment type conditions name an object, interface or union type.
/// Spec §5.5.1.3 (https://spec.graphql.org/draft/#sec-Fragments-On-Composite-Types).
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<InlineFragmentNode>(node =>
        {
            if (node.TypeCondition is not { } typeCondition) return;
            var type = TypeFromAst.Get(context.Schema, typeCondition);
            if (type is not null && !TypePredicates.IsCompositeType(type))
                context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", typeCondition);
        })
        .Enter<FragmentDefinitionNode>(node =>
        {
            var type = TypeFromAst.Get(context.Schema, node.TypeCondition);
            if (type is not null && !TypePredicates.IsCompositeType(type))
                context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                    node.TypeCondition);
        });
}

using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Possible fragment spreads: a fragment is only spread where its type can overlap with the parent type.
/// Spec §5.5.2.3 (https://spec.graphql.org/draft/#sec-Fragment-spread-is-possible).
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<InlineFragmentNode>(node =>
        {
            if (context.GetType() is ICompositeType fragType && context.GetParentType() is { } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragType, parentType))
                context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", node);
        })
        .Enter<FragmentSpreadNode>(node =>
        {
            var fragName = node.Name.Value;
            var fragType = context.GetFragment(fragName) is { } fragment
                ? TypeFromAst.Get(context.Schema, fragment.TypeCondition) as ICompositeType
                : null;
            if (fragType is not null && context.GetParentType() is { } parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragType, parentType))
                context.ReportError(
                    $"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", node);
        });
}

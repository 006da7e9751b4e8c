using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Leaf field selections: scalar and enum fields have no selection set; object, interface and union fields must have one.
/// Spec §5.3.3 (https://spec.graphql.org/draft/#sec-Leaf-Field-Selections).
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<FieldNode>(node =>
        {
            if (context.GetType() is not { } type) return;
            var fieldName = node.Name.Value;
            var selectionSet = node.SelectionSet;
            if (TypePredicates.IsLeafType(type.GetNamedType()))
            {
                if (selectionSet is not null)
                    context.ReportError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
            else if (selectionSet is null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", node);
            }
            else if (selectionSet.Selections.Count == 0)
            {
                context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", node);
            }
        });
}

using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Known directives: every directive used is defined by the schema (or the document) and allowed where it appears.
/// Spec §5.7.1 / §5.7.2 (https://spec.graphql.org/draft/#sec-Directives-Are-Defined).
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var locationsMap = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var directive in context.Schema.Directives)
            locationsMap[directive.Name] = directive.Locations.Select(l => l.ToString()).ToList();
        foreach (var def in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            locationsMap[def.Name.Value] = def.Locations.Select(n => n.Value).ToList();

        return new RuleVisitor().Enter<DirectiveNode>((node, ancestors) =>
        {
            var name = node.Name.Value;
            if (!locationsMap.TryGetValue(name, out var locations))
            {
                context.ReportError($"Unknown directive \"@{name}\".", node);
                return VisitAction.Continue;
            }
            var candidate = LocationOf(ancestors);
            if (candidate is not null && !locations.Contains(candidate))
                context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
            return VisitAction.Continue;
        });
    }

    /// <summary>The directive location of the node a directive is applied to (the last ancestor).</summary>
    private static string? LocationOf(IReadOnlyList<Node> ancestors)
    {
        if (ancestors.Count == 0) return null;
        return ancestors[^1] switch
        {
            OperationDefinitionNode op => op.Operation switch
            {
                OperationType.Mutation => "MUTATION",
                OperationType.Subscription => "SUBSCRIPTION",
                _ => "QUERY",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}

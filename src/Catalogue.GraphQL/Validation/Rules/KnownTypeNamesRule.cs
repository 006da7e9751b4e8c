using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Known type names: every type named in a document (variables, fragment conditions) exists in the schema.
/// Spec §5.4.1.2 / §5.8.1 (https://spec.graphql.org/draft/#sec-Fragment-Spread-Type-Existence).
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly IReadOnlyList<string> StandardTypeNames =
        Scalars.All.Select(t => t.Name).Concat(Introspection.Types.Select(t => t.Name)).ToList();

    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var definedTypes = context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet();
        var typeNames = context.Schema.TypeMap.Keys.Concat(definedTypes).ToList();
        return new RuleVisitor().Enter<NamedTypeNode>((node, ancestors) =>
        {
            var typeName = node.Name.Value;
            if (context.Schema.GetType(typeName) is not null || definedTypes.Contains(typeName)) return VisitAction.Continue;
            // Ancestors start at the document, so [1] is the top-level definition holding this reference.
            var definition = ancestors.Count > 1 ? ancestors[1] : null;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode or DirectiveDefinitionNode;
            if (isSdl && StandardTypeNames.Contains(typeName)) return VisitAction.Continue;
            var suggestions = context.HideSuggestions
                ? []
                : SuggestionList.Suggest(typeName, isSdl ? StandardTypeNames.Concat(typeNames) : typeNames);
            context.ReportError($"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestions), node);
            return VisitAction.Continue;
        });
    }
}

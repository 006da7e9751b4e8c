using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Directives are unique per location: a non-repeatable directive appears at most once on a node.
/// Spec §5.7.3 (https://spec.graphql.org/draft/#sec-Directives-Are-Unique-Per-Location).
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var isUnique = new Dictionary<string, bool>();
        foreach (var directive in context.Schema.Directives) isUnique[directive.Name] = !directive.IsRepeatable;
        foreach (var def in context.Document.Definitions.OfType<DirectiveDefinitionNode>()) isUnique[def.Name.Value] = !def.Repeatable;

        // Type-system definitions and their extensions share one set per name, as in graphql-js.
        var schemaDirectives = new Dictionary<string, DirectiveNode>();
        var typeDirectives = new Dictionary<string, Dictionary<string, DirectiveNode>>();
        return new UniqueDirectivesVisitor(context, isUnique, schemaDirectives, typeDirectives);
    }

    private sealed class UniqueDirectivesVisitor(
        ValidationContext context,
        Dictionary<string, bool> isUnique,
        Dictionary<string, DirectiveNode> schemaDirectives,
        Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives) : AstVisitor
    {
        public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives) return VisitAction.Continue;
            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => schemaDirectives,
                TypeDefinitionNode t => SetFor(t.Name.Value),
                TypeExtensionNode t => SetFor(t.Name.Value),
                _ => new Dictionary<string, DirectiveNode>(),
            };
            foreach (var directive in withDirectives.Directives)
            {
                var name = directive.Name.Value;
                if (!isUnique.GetValueOrDefault(name)) continue;
                if (seen.TryGetValue(name, out var first))
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                else
                    seen[name] = directive;
            }
            return VisitAction.Continue;
        }

        private Dictionary<string, DirectiveNode> SetFor(string typeName)
        {
            if (!typeDirectives.TryGetValue(typeName, out var set)) typeDirectives[typeName] = set = [];
            return set;
        }
    }
}

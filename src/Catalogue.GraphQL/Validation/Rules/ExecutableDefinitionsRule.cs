using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Executable definitions: a document sent for execution may only contain operations and fragments.
/// Spec §5.1.1 (https://spec.graphql.org/draft/#sec-Executable-Definitions).
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<DocumentNode>(document =>
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var defName = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode t => $"\"{t.Name.Value}\"",
                    TypeExtensionNode t => $"\"{t.Name.Value}\"",
                    DirectiveDefinitionNode d => $"\"{d.Name.Value}\"",
                    _ => "unknown",
                };
                context.ReportError($"The {defName} definition is not executable.", definition);
            }
            return VisitAction.Skip;
        });
}

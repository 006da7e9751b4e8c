using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Required arguments: every non-null argument without a default is provided, on fields and on directives.
/// Spec §5.4.2.1 (https://spec.graphql.org/draft/#sec-Required-Arguments).
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        // Directive name -> (argument name, printed type) of its required arguments.
        var requiredArgs = new Dictionary<string, List<(string Name, string Type)>>();
        foreach (var directive in context.Schema.Directives)
            requiredArgs[directive.Name] = directive.Args.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList();
        foreach (var def in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            requiredArgs[def.Name.Value] = def.Arguments
                .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                .ToList();

        return new RuleVisitor()
            .Leave<FieldNode>(fieldNode =>
            {
                if (context.GetFieldDef() is not { } fieldDef) return;
                var provided = fieldNode.Arguments.Select(a => a.Name.Value).ToHashSet();
                foreach (var argDef in fieldDef.Args)
                    if (!provided.Contains(argDef.Name) && argDef.IsRequired)
                        context.ReportError(
                            $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                            fieldNode);
            })
            .Leave<DirectiveNode>(directiveNode =>
            {
                var directiveName = directiveNode.Name.Value;
                if (!requiredArgs.TryGetValue(directiveName, out var required)) return;
                var provided = directiveNode.Arguments.Select(a => a.Name.Value).ToHashSet();
                foreach (var (argName, argType) in required)
                    if (!provided.Contains(argName))
                        context.ReportError(
                            $"Directive \"@{directiveName}\" argument \"{argName}\" of type \"{argType}\" is required, but it was not provided.",
                            directiveNode);
            });
    }
}

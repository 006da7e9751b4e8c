using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Known argument names: every argument given to a field or directive is defined by it.
/// Spec §5.4.1 (https://spec.graphql.org/draft/#sec-Argument-Names).
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var directiveArgs = new Dictionary<string, List<string>>();
        foreach (var directive in context.Schema.Directives) directiveArgs[directive.Name] = directive.Args.Select(a => a.Name).ToList();
        foreach (var def in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            directiveArgs[def.Name.Value] = def.Arguments.Select(a => a.Name.Value).ToList();

        return new RuleVisitor()
            .Enter<DirectiveNode>(directiveNode =>
            {
                var directiveName = directiveNode.Name.Value;
                if (!directiveArgs.TryGetValue(directiveName, out var knownArgs)) return VisitAction.Skip;
                foreach (var argNode in directiveNode.Arguments)
                {
                    var argName = argNode.Name.Value;
                    if (knownArgs.Contains(argName)) continue;
                    var suggestions = context.HideSuggestions ? [] : SuggestionList.Suggest(argName, knownArgs.Distinct());
                    context.ReportError($"Unknown argument \"{argName}\" on directive \"@{directiveName}\"." + DidYouMean.Format(suggestions), argNode);
                }
                return VisitAction.Skip;
            })
            .Enter<ArgumentNode>(argNode =>
            {
                var fieldDef = context.GetFieldDef();
                var parentType = context.GetParentType();
                if (context.GetArgument() is not null || fieldDef is null || parentType is null) return;
                var argName = argNode.Name.Value;
                var suggestions = context.HideSuggestions ? [] : SuggestionList.Suggest(argName, fieldDef.Args.Select(a => a.Name));
                context.ReportError(
                    $"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean.Format(suggestions), argNode);
            });
    }
}

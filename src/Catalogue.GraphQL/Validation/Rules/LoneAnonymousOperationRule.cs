using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Validation.Rules;

/// <summary>
/// Lone anonymous operation: an anonymous operation must be the only operation in the document.
/// Spec §5.2.2.1 (https://spec.graphql.org/draft/#sec-Lone-Anonymous-Operation).
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context)
    {
        var operationCount = 0;
        return new RuleVisitor()
            .Enter<DocumentNode>(document => operationCount = document.Definitions.Count(d => d is OperationDefinitionNode))
            .Enter<OperationDefinitionNode>(operation =>
            {
                if (operation.Name is null && operationCount > 1)
                    context.ReportError("This anonymous operation must be the only defined operation.", operation);
            });
    }
}

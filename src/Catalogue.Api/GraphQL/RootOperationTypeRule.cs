using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Validation;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Refuses, before execution, an operation whose root type the schema lacks (a subscription here): graphql-js
/// and the GraphQL-over-HTTP oracle treat it as a request error (no "data" entry), while the engine's executor
/// answers "data": null. Added to the endpoint's rules until the engine does this itself.
/// </summary>
public sealed class RootOperationTypeRule : ValidationRule
{
    public override AstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor()
        .Enter<OperationDefinitionNode>(operation =>
        {
            if (context.Schema.GetRootType(operation.Operation) is not null) return;
            var kind = operation.Operation.ToString().ToLowerInvariant();
            context.ReportError(new GraphQLError($"Schema is not configured to execute {kind} operation.", [operation],
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OperationResolutionFailure }));
        });
}

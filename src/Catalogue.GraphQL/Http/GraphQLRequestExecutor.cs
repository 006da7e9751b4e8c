using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Validation;

namespace Catalogue.GraphQL.Http;

/// <summary>The outcome of one request: the result and whether it failed before execution (a request error).</summary>
public sealed record GraphQLResponse(ExecutionResult Result, bool IsRequestError);

/// <summary>
/// Transport-agnostic request pipeline: parse → validate (spec rules plus configured limits) → execute with a
/// timeout. Request errors carry <c>extensions.code</c> so clients can tell why the request never ran.
/// </summary>
public static class GraphQLRequestExecutor
{
    public static async Task<GraphQLResponse> ExecuteAsync(
        GraphQLRequest request, Schema schema, object? contextValue, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        DocumentNode document;
        var documents = options.Documents;
        if (documents.TryGet(schema, request.Query, out var cached))
        {
            // Parsed and passed every variable-independent rule before; only the rules reading variables run again,
            // and only if the document declares any: without, they read nothing the first validation did not.
            document = cached;
            var variableRules = DeclaresVariables(document) ? options.VariableDependentRules(request.Variables) : [];
            if (variableRules.Count > 0)
            {
                var costErrors = DocumentValidator.Validate(schema, document, variableRules);
                if (costErrors.Count > 0)
                    return RequestError(costErrors.Select(e => e.WithExtensionIfAbsent("code", ErrorCodes.ValidationFailed)));
            }
        }
        else
        {
            try
            {
                document = Parser.Parse(new Source(request.Query), new ParseOptions { MaxTokens = options.MaxTokens });
            }
            catch (GraphQLError syntaxError)
            {
                return RequestError([syntaxError.WithExtensionIfAbsent("code", ErrorCodes.ParseFailed)]);
            }

            var validationErrors = DocumentValidator.Validate(schema, document, options.EffectiveRules(request.Variables));
            if (validationErrors.Count > 0)
                return RequestError(validationErrors.Select(e => e.WithExtensionIfAbsent("code", ErrorCodes.ValidationFailed)));
            documents.Add(schema, request.Query, document);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.ExecutionTimeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            var result = await Executor.ExecuteAsync(new ExecutionArgs
            {
                Schema = schema,
                Document = document,
                ContextValue = contextValue,
                VariableValues = request.Variables,
                OperationName = request.OperationName,
                CancellationToken = timeout.Token,
            }).ConfigureAwait(false);
            return new GraphQLResponse(result, IsRequestError: !result.HasData);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var error = new GraphQLError("Execution timed out.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout });
            return new GraphQLResponse(new ExecutionResult { HasData = true, Errors = [error] }, IsRequestError: false);
        }
    }

    /// <summary>The operation a request would run, used to refuse mutations over GET; null when none can be chosen.</summary>
    public static OperationType? OperationTypeOf(GraphQLRequest request)
    {
        try
        {
            var operations = Parser.Parse(request.Query).Definitions.OfType<OperationDefinitionNode>().ToList();
            var chosen = request.OperationName is null
                ? (operations.Count == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.Value == request.OperationName);
            return chosen?.Operation;
        }
        catch (GraphQLError)
        {
            return null;
        }
    }

    private static bool DeclaresVariables(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
            if (definition is OperationDefinitionNode { VariableDefinitions.Count: > 0 }) return true;
        return false;
    }

    private static GraphQLResponse RequestError(IEnumerable<GraphQLError> errors)
        => new(ExecutionResult.FromRequestErrors(errors), IsRequestError: true);
}

namespace Catalogue.GraphQL.Errors;

/// <summary>
/// Values of <c>extensions.code</c>. graphql-js sets none; these follow the widely used Apollo names so
/// clients can tell request errors (the request never ran) from field errors.
/// </summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string Timeout = "TIMEOUT";
    public const string BadRequest = "BAD_REQUEST";
}

using Catalogue.Api.Services;
using Catalogue.Domain.Rules;
using Catalogue.GraphQL.Errors;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// The one mapping from domain outcomes to GraphQL errors, the twin of REST's ProblemMapping:
/// <c>extensions.code</c> says what happened, and field problems carry their JSON paths.
/// </summary>
public static class GraphErrors
{
    public const string BadUserInput = "BAD_USER_INPUT", Forbidden = "FORBIDDEN", NotFound = "NOT_FOUND", Conflict = "CONFLICT",
        PreconditionFailed = "PRECONDITION_FAILED", PublicationRefused = "PUBLICATION_REFUSED", Unauthenticated = "UNAUTHENTICATED";

    public static GraphQLError? Map(Exception e) => e switch
    {
        GraphQLError => null,
        RecordValidationException v => Fields(BadUserInput, "The record is invalid.", v.Issues),
        PublicationRefusedException p => Fields(PublicationRefused, p.Message, p.Issues),
        BadRequestException b => Fields(BadUserInput, b.Message, [new ValidationIssue(b.Path, "invalid", b.Message)]),
        NotFoundException n => Coded(NotFound, n.Message),
        ForbiddenException f => Coded(Forbidden, f.Message),
        ConflictException c => Coded(Conflict, c.Message),
        PreconditionFailedException pf => Coded(PreconditionFailed, pf.Message, ("currentRevision", pf.CurrentRevision)),
        PreconditionRequiredException pr => Coded(PreconditionFailed, pr.Message),
        _ => null,
    };

    public static GraphQLError Coded(string code, string message, params (string Key, object? Value)[] more)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in more) extensions[key] = value;
        return new GraphQLError(message, extensions: extensions);
    }

    public static GraphQLError BadInput(string message, string field) =>
        Coded(BadUserInput, message, ("fields", new List<object?> { Issue(new ValidationIssue(field, "invalid", message)) }));

    private static GraphQLError Fields(string code, string title, IReadOnlyList<ValidationIssue> issues) =>
        Coded(code, title + " " + string.Join(" ", issues.Take(5).Select(i => $"{i.Path}: {i.Message}")),
            ("fields", issues.Select(Issue).ToList<object?>()));

    private static Dictionary<string, object?> Issue(ValidationIssue i) => new()
    {
        ["path"] = i.Path, ["code"] = i.Code, ["message"] = i.Message, ["severity"] = i.Severity.ToString().ToUpperInvariant(),
    };
}

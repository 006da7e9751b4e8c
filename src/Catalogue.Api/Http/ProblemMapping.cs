using System.Text.Json;
using Catalogue.Api.Services;
using Catalogue.Domain.Rules;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Http;

/// <summary>
/// The one mapping from domain outcomes to <c>application/problem+json</c>. Field problems carry
/// <c>errors</c> keyed by JSON path (as ValidationProblemDetails does) plus the coded <c>issues</c> list.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            return false;
        }
        http.Response.StatusCode = problem.Status ?? 500;
        if (exception is PreconditionFailedException pf) http.Response.Headers.ETag = ETags.Format(pf.CurrentRevision);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? ToProblem(Exception e) => e switch
    {
        RecordValidationException v => Fields(StatusCodes.Status400BadRequest, "The record is invalid.", v.Issues),
        PublicationRefusedException p => Fields(StatusCodes.Status422UnprocessableEntity, p.Message, p.Issues),
        BadRequestException b => Fields(StatusCodes.Status400BadRequest, b.Message, [new ValidationIssue(b.Path, "invalid", b.Message)]),
        NotFoundException n => Simple(StatusCodes.Status404NotFound, "Not found", n.Message),
        ForbiddenException f => Simple(StatusCodes.Status403Forbidden, "Forbidden", f.Message),
        ConflictException c => Simple(StatusCodes.Status409Conflict, "Conflict", c.Message),
        Apis.UnauthorizedException u => Simple(StatusCodes.Status401Unauthorized, "Unauthorized", u.Message),
        PreconditionFailedException pf => Simple(StatusCodes.Status412PreconditionFailed, "Precondition failed", pf.Message),
        PreconditionRequiredException pr => Simple(StatusCodes.Status428PreconditionRequired, "Precondition required", pr.Message),
        JsonException j => Fields(StatusCodes.Status400BadRequest, "The request body is not valid JSON for this resource.",
            [new ValidationIssue(JsonPath(j.Path), "invalidJson", Clean(j.Message))]),
        BadHttpRequestException bad => Simple(bad.StatusCode, "Bad request", bad.Message),
        _ => null,
    };

    private static ProblemDetails Simple(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails Fields(int status, string title, IReadOnlyList<ValidationIssue> issues)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = string.Join(" ", issues.Take(5).Select(i => $"{i.Path}: {i.Message}")) };
        problem.Extensions["errors"] = issues.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray());
        problem.Extensions["issues"] = issues.Select(i => new { path = i.Path, code = i.Code, message = i.Message, severity = i.Severity.ToString().ToLowerInvariant() }).ToArray();
        return problem;
    }

    /// <summary>System.Text.Json reports "$.distributions[0].byteSize"; clients want "distributions[0].byteSize".</summary>
    private static string JsonPath(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.") ? path[2..] : path.TrimStart('$');

    /// <summary>Keeps the first sentence and drops the runtime's type names and positions.</summary>
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

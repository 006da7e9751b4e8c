using Catalogue.Domain.Rules;

namespace Catalogue.Api.Services;

/// <summary>Domain outcomes the API turns into problem+json responses, in one place (ProblemMapping).</summary>
public abstract class CatalogueException(string message) : Exception(message);
public sealed class NotFoundException(string what) : CatalogueException($"{what} was not found.");
public sealed class ForbiddenException(string message) : CatalogueException(message);
public sealed class ConflictException(string message) : CatalogueException(message);
public sealed class PreconditionFailedException(int current) : CatalogueException($"The record has changed: its current revision is {current}. Fetch it again and reapply your change.")
{
    public int CurrentRevision { get; } = current;
}
public sealed class PreconditionRequiredException() : CatalogueException("This update needs an If-Match header with the ETag of the version you edited.");
public sealed class PublicationRefusedException(IReadOnlyList<ValidationIssue> issues)
    : CatalogueException("The record cannot be published until the mandatory checks pass.")
{
    public IReadOnlyList<ValidationIssue> Issues { get; } = issues;
}
public sealed class BadRequestException(string path, string message) : CatalogueException(message)
{
    public string Path { get; } = path;
}

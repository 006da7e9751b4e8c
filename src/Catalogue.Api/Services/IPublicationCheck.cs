using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;

namespace Catalogue.Api.Services;

/// <summary>
/// An extra gate before a record is published, contributed by another part of the host (e.g. the DataCite
/// sync validates the generated DataCite XML against the XSD so a publish is refused early with field
/// errors instead of failing late at DataCite). Errors block publishing; warnings do not.
/// </summary>
public interface IPublicationCheck
{
    Task<IReadOnlyList<ValidationIssue>> CheckAsync(DatasetRecord record, Organization? publisher, CancellationToken ct);
}

using Catalogue.Domain.Rules;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>The metadata would not pass DataCite's XSD check: nothing was sent. Stored as the sync error.</summary>
public sealed class DataCiteMetadataRejectedException(IReadOnlyList<ValidationIssue> issues)
    : Exception("DataCite metadata is not valid against the kernel-4.6 XSD: " + string.Join("; ", issues.Select(i => $"{i.Path}: {i.Message}")))
{
    public IReadOnlyList<ValidationIssue> Issues { get; } = issues;
}

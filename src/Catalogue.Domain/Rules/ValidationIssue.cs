using System.Text.Json.Serialization;

namespace Catalogue.Domain.Rules;

[JsonConverter(typeof(JsonStringEnumConverter<IssueSeverity>))]
public enum IssueSeverity { Error, Warning }

/// <summary>
/// One finding about a record. <see cref="Path"/> is a JSON path into the record's REST representation
/// (e.g. <c>distributions[2].format</c>) so a form can put the message next to the field.
/// </summary>
public sealed record ValidationIssue(string Path, string Code, string Message, IssueSeverity Severity = IssueSeverity.Error);

/// <summary>Thrown when a write would store an invalid record; nothing is written.</summary>
public sealed class RecordValidationException(IReadOnlyList<ValidationIssue> issues)
    : Exception("The record is invalid: " + string.Join("; ", issues.Select(i => $"{i.Path}: {i.Message}")))
{
    public IReadOnlyList<ValidationIssue> Issues { get; } = issues;
}

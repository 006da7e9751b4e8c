using Catalogue.Domain.Model;
using Catalogue.Rdf.Model;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>A note about one field of one harvested dataset: why a value was dropped, or why the dataset cannot be imported.</summary>
public sealed record ImportMessage(string Path, string Message);

/// <summary>
/// One dcat:Dataset read from a document: the record it maps to (null when it cannot be imported), the publisher
/// it names (for choosing the organisation), and what was dropped on the way.
/// </summary>
public sealed class ImportedDataset(Term subject)
{
    public Term Subject { get; } = subject;
    public DatasetRecord? Record { get; set; }
    public string? PublisherIri { get; set; }
    public string? PublisherName { get; set; }
    public List<ImportMessage> Warnings { get; } = new();
    public List<ImportMessage> Errors { get; } = new();

    public string Label => Record?.Identifier is { Length: > 0 } id ? id : Subject is Iri iri ? iri.Value : Subject.ToString();
    public void Warn(string path, string message) => Warnings.Add(new(path, message));
    public void Reject(string path, string message) => Errors.Add(new(path, message));
}

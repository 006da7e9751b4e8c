namespace Catalogue.Rdf.Tests.W3c;

/// <summary>One test of a W3C manifest: its id (the fragment of its IRI), type, input file and expected result.</summary>
public sealed record ManifestEntry(
    string Id,
    string Type,
    string ActionPath,
    string ActionBaseIri,
    string? ResultPath,
    string? Comment)
{
    public override string ToString() => Id;
}

namespace Catalogue.Rdf.Tests.W3c;

/// <summary>The RDF 1.1 suites, loaded once per test run, and their entries as xUnit theory rows (one per test id).</summary>
public static class W3cSuites
{
    private static readonly Lazy<W3cManifest> NTriplesLazy = new(() => W3cManifest.LoadRdf11("rdf-n-triples"));
    private static readonly Lazy<W3cManifest> NQuadsLazy = new(() => W3cManifest.LoadRdf11("rdf-n-quads"));
    private static readonly Lazy<W3cManifest> TurtleLazy = new(() => W3cManifest.LoadRdf11("rdf-turtle"));

    public static W3cManifest NTriples => NTriplesLazy.Value;
    public static W3cManifest NQuads => NQuadsLazy.Value;
    public static W3cManifest Turtle => TurtleLazy.Value;

    public static TheoryData<string> Ids(W3cManifest manifest)
    {
        var data = new TheoryData<string>();
        foreach (var entry in manifest.Entries) data.Add(entry.Id);
        return data;
    }
}

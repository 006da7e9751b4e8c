using RdfNs = Catalogue.Rdf.Model.Rdf;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.TestSupport;

namespace Catalogue.Rdf.Tests.W3c;

/// <summary>
/// Reads a W3C rdf-tests <c>manifest.ttl</c> with our own Turtle parser and lists its entries in manifest order
/// (following the <c>mf:entries</c> RDF collection). Files are resolved inside the suite folder in ../shared.
/// </summary>
public sealed class W3cManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Rdft = "http://www.w3.org/ns/rdftest#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    private const string ConventionalBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/";

    public string SuiteFolder { get; }
    public IReadOnlyList<ManifestEntry> Entries { get; }

    private W3cManifest(string suiteFolder, IReadOnlyList<ManifestEntry> entries)
    {
        SuiteFolder = suiteFolder;
        Entries = entries;
    }

    public ManifestEntry this[string id] =>
        Entries.FirstOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"No test '{id}' in {SuiteFolder}");

    /// <summary>Loads <c>w3c-rdf-tests/rdf/rdf11/&lt;suite&gt;/manifest.ttl</c> from ../shared.</summary>
    public static W3cManifest LoadRdf11(string suite)
    {
        var folder = SharedPaths.Combine("w3c-rdf-tests", "rdf", "rdf11", suite);
        var manifestPath = Path.Combine(folder, "manifest.ttl");
        if (!File.Exists(manifestPath)) throw new InvalidOperationException($"W3C manifest not found at {manifestPath} (../shared not found or incomplete).");

        var manifestIri = ConventionalBase + suite + "/manifest.ttl";
        var graph = new Graph();
        using (var reader = File.OpenText(manifestPath)) new TurtleParser().Parse(reader, graph, manifestIri);

        var manifestNode = graph.Match(p: RdfNs.Type, o: new Iri(Mf + "Manifest")).Single().Subject;
        var testBase = (graph.Match(manifestNode, new Iri(Mf + "assumedTestBase")).SingleOrDefault()?.Object as Iri)?.Value
                       ?? ConventionalBase + suite + "/";
        var entries = ReadList(graph, graph.Match(manifestNode, new Iri(Mf + "entries")).Single().Object)
            .Select(test => ReadEntry(graph, test, folder, manifestIri, testBase))
            .ToList();
        return new W3cManifest(folder, entries);
    }

    private static ManifestEntry ReadEntry(Graph graph, Term test, string folder, string manifestIri, string testBase)
    {
        var id = ((Iri)test).Value;
        id = id[(id.IndexOf('#') + 1)..];
        var type = ((Iri)Object(graph, test, RdfNs.Type)!).Value.Replace(Rdft, "");
        var action = (Iri)Object(graph, test, new Iri(Mf + "action"))!;
        var result = Object(graph, test, new Iri(Mf + "result")) as Iri;
        var comment = (Object(graph, test, new Iri(Rdfs + "comment")) as Literal)?.Value;
        return new ManifestEntry(id, type, LocalPath(folder, manifestIri, action), testBase + FileName(manifestIri, action),
            result is null ? null : LocalPath(folder, manifestIri, result), comment);
    }

    private static string FileName(string manifestIri, Iri file)
    {
        var dir = manifestIri[..(manifestIri.LastIndexOf('/') + 1)];
        if (!file.Value.StartsWith(dir, StringComparison.Ordinal)) throw new InvalidOperationException($"{file} is outside the suite");
        return file.Value[dir.Length..];
    }

    private static string LocalPath(string folder, string manifestIri, Iri file) => Path.Combine(folder, FileName(manifestIri, file));

    private static Term? Object(Graph graph, Term subject, Iri predicate) => graph.Match(subject, predicate).FirstOrDefault()?.Object;

    private static IEnumerable<Term> ReadList(Graph graph, Term head)
    {
        while (head != RdfNs.Nil)
        {
            yield return Object(graph, head, RdfNs.First) ?? throw new InvalidOperationException("Broken rdf:List");
            head = Object(graph, head, RdfNs.Rest) ?? throw new InvalidOperationException("Broken rdf:List");
        }
    }
}

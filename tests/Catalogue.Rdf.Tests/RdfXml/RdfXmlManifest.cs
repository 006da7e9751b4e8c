using System.Text.RegularExpressions;
using Catalogue.TestSupport;

namespace Catalogue.Rdf.Tests.RdfXml;

/// <summary>One entry of the W3C RDF/XML manifest.</summary>
public sealed record RdfXmlTestCase(string Id, bool IsEvaluation, string Action, string? Result)
{
    public override string ToString() => Id;
}

/// <summary>
/// Reads shared/w3c-rdf-tests/rdf/rdf11/rdf-xml/manifest.ttl. The manifest has a fixed, regular shape
/// (an <c>mf:entries</c> list, then one block per test), so a small pattern reader is enough and keeps the
/// RDF/XML tests independent of our own Turtle parser.
/// </summary>
public static partial class RdfXmlManifest
{
    public const string AssumedBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-xml/";
    public static string Folder => SharedPaths.Combine("w3c-rdf-tests", "rdf", "rdf11", "rdf-xml");

    private static readonly Lazy<IReadOnlyList<RdfXmlTestCase>> Cases = new(Load);
    public static IReadOnlyList<RdfXmlTestCase> All => Cases.Value;

    private static IReadOnlyList<RdfXmlTestCase> Load()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "manifest.ttl"));
        var entriesStart = text.IndexOf("mf:entries", StringComparison.Ordinal);
        var entriesEnd = text.IndexOf(')', entriesStart);
        var listed = EntryPattern().Matches(text[entriesStart..entriesEnd]).Select(m => m.Groups[1].Value).ToList();

        // Each block runs from its header to the next header (comments may contain full stops).
        var headers = BlockPattern().Matches(text).ToList();
        var blocks = new Dictionary<string, (string Type, string Body)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var end = i + 1 < headers.Count ? headers[i + 1].Index : text.Length;
            blocks[headers[i].Groups[1].Value] = (headers[i].Groups[2].Value, text[headers[i].Index..end]);
        }
        var cases = new List<RdfXmlTestCase>();
        foreach (var id in listed)
        {
            var (type, body) = blocks[id];
            var action = ActionPattern().Match(body).Groups[1].Value;
            var result = ResultPattern().Match(body);
            cases.Add(new RdfXmlTestCase(id, type == "TestXMLEval", action, result.Success ? result.Groups[1].Value : null));
        }
        if (cases.Count < 100) throw new InvalidOperationException($"Only {cases.Count} RDF/XML manifest entries were read.");
        return cases;
    }

    // Commented-out entries ("#<#id>") are excluded by requiring the line to start with the IRI.
    [GeneratedRegex(@"^\s*<#([^>]+)>", RegexOptions.Multiline)]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"^<#([^>]+)>\s+a\s+rdft:(TestXMLEval|TestXMLNegativeSyntax)\b", RegexOptions.Multiline)]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"mf:action\s+<([^>]+)>")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"mf:result\s+<([^>]+)>")]
    private static partial Regex ResultPattern();
}

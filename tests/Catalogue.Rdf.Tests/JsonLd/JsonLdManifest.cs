using System.Text.Json.Nodes;
using Catalogue.Rdf.Parsing.JsonLd;
using Catalogue.TestSupport;

namespace Catalogue.Rdf.Tests.JsonLd;

/// <summary>One entry of a W3C JSON-LD manifest; <see cref="Id"/> is "manifest#tNNNN" (e.g. "expand#t0001").</summary>
public sealed record JsonLdTestCase(string Id, IReadOnlyList<string> Types, string Input, string? Expect,
    string? ExpectErrorCode, JsonObject Options)
{
    public bool IsNegative => Types.Contains("jld:NegativeEvaluationTest");
    public bool IsSyntaxOnly => Types.Contains("jld:PositiveSyntaxTest");
    public override string ToString() => Id;
}

/// <summary>
/// Reads the W3C JSON-LD manifests (JSON-LD documents read as plain JSON) from shared/w3c-jsonld-tests/tests,
/// and maps the test-suite URLs to the local copies so remote contexts load without a network.
/// </summary>
public static class JsonLdManifest
{
    public const string SuiteBase = "https://w3c.github.io/json-ld-api/tests/";
    public static string Folder => SharedPaths.Combine("w3c-jsonld-tests", "tests");

    private static readonly Dictionary<string, Lazy<IReadOnlyList<JsonLdTestCase>>> Manifests = new()
    {
        ["expand"] = new(() => Load("expand")),
        ["toRdf"] = new(() => Load("toRdf")),
    };

    public static IReadOnlyList<JsonLdTestCase> Cases(string manifest) => Manifests[manifest].Value;

    public static JsonLdTestCase Find(string id) => Cases(id[..id.IndexOf('#')]).Single(t => t.Id == id);

    private static IReadOnlyList<JsonLdTestCase> Load(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + "-manifest.jsonld")))!.AsObject();
        var cases = new List<JsonLdTestCase>();
        foreach (var entry in root["sequence"]!.AsArray())
        {
            var test = entry!.AsObject();
            cases.Add(new JsonLdTestCase(
                name + test["@id"]!.GetValue<string>(),
                test["@type"]!.AsArray().Select(t => t!.GetValue<string>()).ToList(),
                test["input"]!.GetValue<string>(),
                test["expect"]?.GetValue<string>(),
                test["expectErrorCode"]?.GetValue<string>(),
                test["option"]?.AsObject() ?? new JsonObject()));
        }
        return cases;
    }

    /// <summary>The processor options a test asks for: base, expandContext, processingMode, rdfDirection.</summary>
    public static JsonLdOptions OptionsFor(JsonLdTestCase test)
    {
        var options = test.Options;
        var expandContext = options["expandContext"]?.GetValue<string>();
        return new JsonLdOptions
        {
            Base = options["base"]?.GetValue<string>() ?? SuiteBase + test.Input,
            DocumentLoader = new LocalSuiteLoader(),
            ProcessingMode = options["processingMode"]?.GetValue<string>() ?? "json-ld-1.1",
            RdfDirection = options["rdfDirection"]?.GetValue<string>(),
            ExpandContext = expandContext is null ? null : JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, expandContext))),
        };
    }

    public static string LocalPath(string relative) => Path.Combine(Folder, relative);

    /// <summary>Serves https://w3c.github.io/json-ld-api/tests/… from the local suite and fails for anything else.</summary>
    private sealed class LocalSuiteLoader : IJsonLdDocumentLoader
    {
        public RemoteDocument Load(string url)
        {
            if (!url.StartsWith(SuiteBase, StringComparison.Ordinal))
                throw new JsonLdException("loading document failed", "not part of the local test suite: " + url);
            var path = Path.Combine(Folder, url[SuiteBase.Length..]);
            if (!File.Exists(path)) throw new JsonLdException("loading document failed", url);
            return new RemoteDocument(url, JsonNode.Parse(File.ReadAllText(path)));
        }
    }
}

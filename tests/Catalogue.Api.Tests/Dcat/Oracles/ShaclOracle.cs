using System.Text.Json.Nodes;
using Catalogue.Domain.Model;
using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.Dcat.Oracles;

/// <summary>
/// shared/tools/shacl-validate run the way its README composes each HealthDCAT-AP Release 8 access level, with both
/// engines, no vocabulary loaded and no --assume-nal: our output has to carry its own concepts and schemes.
/// </summary>
public static class ShaclOracle
{
    private static string Tool => SharedPaths.Combine("tools", "shacl-validate");
    private static string H(params string[] p) => SharedPaths.Combine(["healthdcat-ap", .. p]);

    private static IEnumerable<string> Common() =>
    [
        H("dcat-ap-3.0.1", "shapes.ttl"), H("dcat-ap-3.0.1", "range.ttl"), H("dcat-ap-3.0.1", "shapes_recommended.ttl"),
        H("healthdcat-ap-r8", "shapes", "graph-guard.ttl"), H("healthdcat-ap-r8", "ranges", "range.ttl"),
        H("healthdcat-ap-r8", "controlled-vocabularies", "mdr-vocabularies.shape.ttl"),
    ];

    public static IEnumerable<string> ShapesFor(AccessLevel level)
    {
        var name = level switch { AccessLevel.Public => "public", AccessLevel.Restricted => "restricted", _ => "non-public" };
        return Common().Concat([H("healthdcat-ap-r8", "shapes", $"{name}-shapes.ttl"), H("healthdcat-ap-r8", "recommended", $"{name}-shapes_recommended.ttl")]);
    }

    /// <summary>The DCAT-AP 3.0.1 shapes alone (the Catalog's own rules).</summary>
    public static IEnumerable<string> DcatAp() =>
        [H("dcat-ap-3.0.1", "shapes.ttl"), H("dcat-ap-3.0.1", "range.ttl"), H("dcat-ap-3.0.1", "shapes_recommended.ttl"), H("dcat-ap-3.0.1", "mdr-vocabularies.shape.ttl")];

    /// <summary>Validates and asserts zero violations in both engines, printing every violation on failure.</summary>
    public static async Task AssertConformsAsync(string dataFile, IEnumerable<string> shapes, string format = "turtle", params string[] extra)
    {
        if (!Directory.Exists(Path.Combine(Tool, "node_modules")))
            throw new InvalidOperationException($"{Tool}/node_modules is missing: run npm ci there (../shared not found or not set up).");
        // validate.mjs exits right after console.log, which truncates large reports on a pipe: send stdout to a file.
        var reportFile = Path.Combine(Path.GetTempPath(), "catalogue-dcat-tests", Guid.NewGuid().ToString("N") + ".json");
        var args = new List<string> { "-c", "out=\"$1\"; shift; exec node \"$@\" > \"$out\"", "sh", reportFile, "validate.mjs", "--shapes" };
        args.AddRange(shapes);
        args.AddRange(["--data", dataFile, "--format", format, "--engine", "both", "--json"]);
        args.AddRange(extra);
        var run = await ExternalTool.RunAsync("sh", args, workingDirectory: Tool);
        var stdout = File.Exists(reportFile) ? await File.ReadAllTextAsync(reportFile) : "";
        Assert.True(run.ExitCode is 0 or 1, $"validate.mjs failed (exit {run.ExitCode}): {run.Stderr}{stdout}");
        var report = JsonNode.Parse(stdout)!;
        var engines = report["engines"]!.AsArray();
        Assert.Equal(2, engines.Count);
        var failures = new List<string>();
        foreach (var engine in engines)
        {
            var violations = engine!["results"]!.AsArray().Where(r => (string?)r!["severity"] == "Violation").ToList();
            Assert.Equal(violations.Count, (int)engine["counts"]!["Violation"]!);
            failures.AddRange(violations.Select(v => $"[{engine["engine"]}] {v!["focusNode"]} {v["path"]} {v["value"]}: {v["message"]}"));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} SHACL violations in {dataFile}:\n" + string.Join("\n", failures.Take(40)));
        Assert.True((int)report["dataTriples"]! > 0, "The oracle read no triples.");
    }
}

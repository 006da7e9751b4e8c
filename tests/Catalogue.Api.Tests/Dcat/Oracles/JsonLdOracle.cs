using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.Dcat.Oracles;

/// <summary>The npm jsonld package (through the RDF library tests' to-nquads.mjs) turns our JSON-LD into N-Quads.</summary>
public static class JsonLdOracle
{
    public static async Task<string> ToNQuadsAsync(string jsonLd)
    {
        var dir = Path.Combine(SharedPaths.RepoRoot, "tests", "Catalogue.Rdf.Tests", "JsonLd", "oracle");
        if (!Directory.Exists(Path.Combine(dir, "node_modules"))) throw new InvalidOperationException($"{dir}/node_modules is missing: run npm ci there.");
        var run = await ExternalTool.RunAsync("node", ["to-nquads.mjs"], jsonLd, dir);
        Assert.True(run.ExitCode == 0, $"jsonld.toRDF failed: {run.Stderr}");
        return run.Stdout;
    }
}

namespace Catalogue.Api.Tests.Dcat.Oracles;

/// <summary>Debian's rapper as an independent parser: it must read our output and count the same triples.</summary>
public static class RapperOracle
{
    public static async Task<string> ToNTriplesAsync(string file, string rapperSyntax, string baseIri)
    {
        var run = await ExternalTool.RunAsync("rapper", ["-q", "-i", rapperSyntax, "-o", "ntriples", file, baseIri]);
        Assert.True(run.ExitCode == 0, $"rapper could not parse {file} as {rapperSyntax}: {run.Stderr}");
        return run.Stdout;
    }
}

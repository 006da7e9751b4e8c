using System.Diagnostics;
using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>Runs the shared graphql-conformance tools (graphql-js and graphql-http, written by others) against a live server.</summary>
public static class ConformanceOracle
{
    public static string ToolsDirectory
    {
        get
        {
            var dir = SharedPaths.Combine("tools", "graphql-conformance");
            if (!Directory.Exists(Path.Combine(dir, "node_modules")))
                throw new InvalidOperationException($"../shared not found or not installed: {dir}/node_modules is missing (run npm ci there).");
            return dir;
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = ToolsDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(ToolsDirectory, script));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The tools end with "N passed, N failed"; a test asserts the failed count and shows the failing lines.</summary>
    public static void AssertNoFailures((int ExitCode, string Output) run)
    {
        var lines = run.Output.Split('\n');
        var summary = lines.LastOrDefault(l => l.Contains(" passed, ", StringComparison.Ordinal)) ?? "(no summary line)";
        var failures = lines.Where(l => l.StartsWith("FAIL", StringComparison.Ordinal) || l.StartsWith("[error", StringComparison.Ordinal)
            || l.StartsWith("[warn", StringComparison.Ordinal) || l.StartsWith("  ", StringComparison.Ordinal)).Take(80);
        Assert.True(run.ExitCode == 0 && summary.Contains(" 0 failed", StringComparison.Ordinal),
            $"{summary}\n{string.Join("\n", failures)}");
    }
}

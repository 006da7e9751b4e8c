using System.Diagnostics;
using System.Text.RegularExpressions;
using Catalogue.TestSupport;

namespace Catalogue.GraphQL.Tests.Http;

/// <summary>Runs graphql-http's server audits (shared/tools/graphql-conformance/audit.mjs) against the test host.</summary>
public class ConformanceAuditTests(GraphQLTestServer server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<GraphQLTestServer>
{
    [Fact]
    public async Task GraphQL_over_HTTP_audit_reports_no_failed_MUST()
    {
        var script = SharedPaths.Combine("tools", "graphql-conformance", "audit.mjs");
        if (!File.Exists(script)) throw new InvalidOperationException($"../shared not found: missing {script}");

        var start = new ProcessStartInfo("node", ["audit.mjs", "--url", server.Url])
        {
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await stdout;
        output.WriteLine(text);

        var summary = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        var match = Regex.Match(summary, @"^(\d+) passed, (\d+) failed");
        Assert.True(match.Success, $"Unexpected audit output:\n{text}\n{await stderr}");
        Assert.True(int.Parse(match.Groups[2].Value) == 0, $"Failed MUST audits:\n{text}");
        Assert.True(int.Parse(match.Groups[1].Value) > 30, text);
    }
}

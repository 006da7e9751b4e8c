using System.Diagnostics;

namespace Catalogue.Api.Tests.Dcat.Oracles;

/// <summary>Runs an external oracle (node, rapper) and captures its output; a missing tool fails loudly, never skips.</summary>
public static class ExternalTool
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static async Task<Run> RunAsync(string file, IEnumerable<string> args, string? stdin = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}

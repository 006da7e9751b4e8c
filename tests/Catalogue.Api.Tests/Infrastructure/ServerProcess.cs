using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Catalogue.Api.Tests.Infrastructure;

/// <summary>
/// The server's executable run as a separate process (the built Catalogue.Api.dll beside the tests), for the
/// command line and for tests that must kill a real process. Output is captured for inspection.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public static string ExecutablePath => Path.Combine(AppContext.BaseDirectory, "Catalogue.Api.dll");

    public static ServerProcess Start(string arguments, IDictionary<string, string> environment, string workingDirectory)
    {
        var psi = new ProcessStartInfo("dotnet", $"\"{ExecutablePath}\" {arguments}")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return new ServerProcess(Process.Start(psi) ?? throw new InvalidOperationException("dotnet could not start"));
    }

    /// <summary>Runs a command of the executable to completion and returns (exit code, stdout+stderr).</summary>
    public static async Task<(int Code, string Output)> RunAsync(string arguments, IDictionary<string, string> environment, string workingDirectory)
    {
        await using var p = Start(arguments, environment, workingDirectory);
        await p._process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        p._process.WaitForExit();
        return (p._process.ExitCode, p.Output);
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async Task WaitHealthyAsync(Uri baseAddress, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException("The server exited: " + Output);
            try { if ((await http.GetAsync("/health")).IsSuccessStatusCode) return; } catch (HttpRequestException) { } catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The server did not become healthy: " + Output);
    }

    public void Kill() { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(); }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}

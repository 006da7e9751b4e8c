using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>
/// The server's own executable (<c>dotnet Catalogue.Api.dll</c>) in a child process, so a test can kill it
/// like a crash would: no shutdown hooks, leases left behind, calls cut off in flight.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }
    public string RecentOutput => string.Join("\n", _output);

    public static ServerProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Catalogue.Api.dll");
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "Catalogue.Api.runtimeconfig.json")))
            throw new FileNotFoundException("Catalogue.Api.runtimeconfig.json is not next to the tests; the server cannot be started as a process.", dll);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", ["exec", dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (k, v) in environment) info.Environment[k] = v;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server.");
        return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited ({_process.ExitCode}):\n{RecentOutput}");
            try { if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server did not become healthy:\n{RecentOutput}");
    }

    /// <summary>Like a crash: the process and its children die at once.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

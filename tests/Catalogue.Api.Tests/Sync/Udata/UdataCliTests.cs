using System.Diagnostics;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;
using Catalogue.Emulators.Udata;

namespace Catalogue.Api.Tests.Sync.Udata;

/// <summary>The server's executable drives the sync: <c>sync udata push|pull|status|onboard|resolve</c>, each with --help.</summary>
public sealed class UdataCliTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "catalogue-tests", "cli-" + Guid.NewGuid().ToString("N"));
    private UdataEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions());
    }

    [Theory]
    [InlineData("push", "--all")]
    [InlineData("pull", "--since")]
    [InlineData("status", "--org")]
    [InlineData("onboard", "--org")]
    [InlineData("resolve", "--choose")]
    public async Task Every_command_has_help(string command, string option)
    {
        var (code, output) = await RunAsync("sync", "udata", command, "--help");
        Assert.Equal(0, code);
        Assert.Contains(option, output);
    }

    [Fact]
    public async Task Push_then_status_from_the_command_line()
    {
        var (code, output) = await RunAsync("sync", "udata", "push", "--all");
        Assert.True(code == 0, output);
        Assert.Contains("Processed", output);
        Assert.Equal(DemoCatalogue.Records().Count, SyncProbe.RemoteByCatalogueId(_emulator).Count);

        (code, output) = await RunAsync("sync", "udata", "status");
        Assert.Equal(0, code);
        Assert.Contains("udata: pending 0, failed 0, conflicts 0", output);
        Assert.DoesNotContain(UdataEmulatorOptions.DemoApiKey, output);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "Catalogue.Api.dll"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (k, v) in UdataSyncFactory.SyncSettings(_emulator, 1)) info.Environment[k.Replace(":", "__")] = v;
        info.Environment["ConnectionStrings__Catalogue"] = $"Data Source={Path.Combine(_dir, "catalogue.db")}";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

/// <summary><c>emulate udata --port N</c> serves a data.gouv.fr a user can point the catalogue at.</summary>
public sealed class UdataEmulateCommandTests
{
    [Fact]
    public async Task The_emulator_command_serves_the_api_on_the_given_port()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "Catalogue.Api.dll"), "emulate", "udata", "--port", port.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ConnectionStrings__Catalogue"] = $"Data Source={Path.Combine(Path.GetTempPath(), "catalogue-tests", "emulate-" + Guid.NewGuid().ToString("N") + ".db")}";
        using var process = Process.Start(info)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/1/") };
            http.DefaultRequestHeaders.Add("X-API-KEY", UdataEmulatorOptions.DemoApiKey);
            string? body = null;
            await SyncProbe.WaitUntilAsync(async () =>
            {
                try { body = await http.GetStringAsync($"organizations/{UdataEmulatorOptions.DemoOrganizationId}/"); return true; }
                catch (HttpRequestException) { return false; }
            }, "the emulator to answer", TimeSpan.FromSeconds(60));
            Assert.Contains(UdataEmulatorOptions.DemoOrganizationName, body);
        }
        finally { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

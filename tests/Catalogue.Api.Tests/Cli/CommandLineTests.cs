using System.Net;
using Catalogue.Api.Tests.Infrastructure;

namespace Catalogue.Api.Tests.Cli;

/// <summary>The server's executable: key provisioning with nobody at a keyboard, and secrets kept out of logs.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("catalogue-cli").FullName;

    private Dictionary<string, string> Env(string? bootstrap = null)
    {
        var env = new Dictionary<string, string>
        {
            ["ConnectionStrings__Catalogue"] = $"Data Source={Path.Combine(_dir, "catalogue.db")}",
            ["Database__Provider"] = "Sqlite",
            ["Logging__LogLevel__Default"] = "Trace",
        };
        if (bootstrap is not null) env["CATALOGUE_BOOTSTRAP_ADMIN_KEY"] = bootstrap;
        return env;
    }

    [Fact]
    public async Task Keys_create_prints_a_working_key_once_and_help_lists_the_commands()
    {
        var (code, output) = await ServerProcess.RunAsync("keys create --role editor --org inserm --name partner", Env(), _dir);
        Assert.True(code == 0, output);
        var key = output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("ck_"));
        var (listCode, list) = await ServerProcess.RunAsync("keys list", Env(), _dir);
        Assert.Equal(0, listCode);
        Assert.Contains("editor", list);
        Assert.DoesNotContain(key, list);

        var (bad, badOutput) = await ServerProcess.RunAsync("keys create --role editor", Env(), _dir);
        Assert.Equal(2, bad);
        Assert.Contains("organisation", badOutput);
        var (unknownOrg, _) = await ServerProcess.RunAsync("keys create --role editor --org nowhere", Env(), _dir);
        Assert.Equal(2, unknownOrg);

        var (helpCode, help) = await ServerProcess.RunAsync("keys create --help", Env(), _dir);
        Assert.Equal(0, helpCode);
        Assert.Contains("--role", help);
    }

    [Fact]
    public async Task The_bootstrap_admin_key_works_and_no_secret_reaches_the_logs()
    {
        const string bootstrap = "ck_bootstrap001_s3cr3tS3cr3tS3cr3tS3cr3t";
        var port = ServerProcess.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        await using var server = ServerProcess.Start($"--urls {baseAddress}", Env(bootstrap), _dir);
        await server.WaitHealthyAsync(baseAddress, TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", bootstrap);
        var created = await http.PostAsync("/api/v1/keys", TestHttp.Json("{\"name\":\"ops\",\"role\":\"admin\"}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = (string)(await created.ReadJson())["key"]!;
        using var wrong = new HttpClient { BaseAddress = baseAddress };
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "ck_bootstrap001_wrongwrongwrongwrong00");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/datasets")).StatusCode);
        server.Kill();
        var log = server.Output;
        Assert.Contains("Now listening", log);
        Assert.DoesNotContain("s3cr3tS3cr3t", log);
        Assert.DoesNotContain(issued.Split('_')[2], log);
        Assert.DoesNotContain("wrongwrongwrong", log);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

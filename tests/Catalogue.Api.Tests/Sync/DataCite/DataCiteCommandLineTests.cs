using Catalogue.Api.Tests.Infrastructure;
using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.Sync.DataCite;

/// <summary><c>sync datacite push|pull|status</c> and <c>emulate datacite</c> from the server's executable.</summary>
public sealed class DataCiteCommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("catalogue-datacite-cli").FullName;

    private Dictionary<string, string> Env(bool enabled) => new()
    {
        ["ConnectionStrings__Catalogue"] = $"Data Source={Path.Combine(_dir, "catalogue.db")}",
        ["Database__Provider"] = "Sqlite",
        ["Sync__Targets__Enabled__0"] = enabled ? "datacite" : "none",
        ["DataCite__RepositoryId"] = "HDH.CATALOG",
        ["DataCite__Password"] = "unused-here",
        ["DataCite__Prefix"] = "10.99999",
        ["DataCite__SchemaDirectory"] = SharedPaths.Combine("datacite", "schema", "kernel-4.6"),
    };

    [Theory]
    [InlineData("sync datacite push --help", "--all")]
    [InlineData("sync datacite pull --help", "--org")]
    [InlineData("sync datacite status --help", "status")]
    [InlineData("sync datacite --help", "pull")]
    [InlineData("emulate datacite --help", "--port")]
    public async Task Every_command_has_help(string command, string expected)
    {
        var (code, output) = await ServerProcess.RunAsync(command, Env(enabled: true), _dir);
        Assert.True(code == 0, output);
        Assert.Contains(expected, output);
    }

    [Fact]
    public async Task Datacite_and_udata_commands_live_side_by_side_under_sync()
    {
        var (code, output) = await ServerProcess.RunAsync("sync --help", Env(enabled: true), _dir);
        Assert.True(code == 0, output);
        Assert.Contains("datacite", output);
        Assert.Contains("udata", output);
    }

    [Fact]
    public async Task Status_reports_counts_and_push_refuses_when_datacite_is_not_enabled()
    {
        var (code, output) = await ServerProcess.RunAsync("sync datacite status", Env(enabled: true), _dir);
        Assert.True(code == 0, output);
        Assert.Contains("datacite: pending 0", output);

        var (refused, message) = await ServerProcess.RunAsync("sync datacite push", Env(enabled: false), _dir);
        Assert.Equal(2, refused);
        Assert.Contains("Sync:Targets:Enabled", message);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

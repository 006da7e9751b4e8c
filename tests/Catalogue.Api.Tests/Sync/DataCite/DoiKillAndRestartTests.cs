using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Emulators.DataCite;
using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.Sync.DataCite;

/// <summary>The server process is killed while DataCite is creating the DOI; the restarted server finishes with that same DOI.</summary>
public sealed class DoiKillAndRestartTests : IDisposable
{
    private const string AdminKey = "ck_killrestart1_abcdefghijklmnopqrstuvwxyz";
    private readonly string _dir = Directory.CreateTempSubdirectory("catalogue-doi-kill").FullName;

    private Dictionary<string, string> Env(HoldingDataCiteEmulator emulator) => new()
    {
        ["ConnectionStrings__Catalogue"] = $"Data Source={Path.Combine(_dir, "catalogue.db")}",
        ["Database__Provider"] = "Sqlite",
        ["CATALOGUE_BOOTSTRAP_ADMIN_KEY"] = AdminKey,
        ["Sync__Targets__Enabled__0"] = "datacite",
        ["Sync__Dispatcher__PollSeconds"] = "0.2",
        // A killed worker's lease on an outbox item expires quickly, so the restarted one may take it over.
        ["Sync__Dispatcher__LeaseSeconds"] = "2",
        ["DataCite__BaseUrl"] = emulator.BaseAddress.ToString(),
        ["DataCite__RepositoryId"] = DataCiteApiFixture.RepositoryId,
        ["DataCite__Password"] = DataCiteApiFixture.Password,
        ["DataCite__Prefix"] = DataCiteApiFixture.Prefix,
        ["DataCite__SchemaDirectory"] = SharedPaths.Combine("datacite", "schema", "kernel-4.6"),
        ["Catalogue__PublicBaseUrl"] = DataCiteApiFixture.PublicBaseUrl,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    [Fact]
    public async Task Killing_the_server_mid_reservation_leaves_exactly_one_doi_which_the_restarted_server_adopts()
    {
        await using var emulator = await HoldingDataCiteEmulator.StartAsync(new DataCiteEmulatorOptions
        {
            SchemaDirectory = SharedPaths.Combine("datacite", "schema", "kernel-4.6"), ListLag = TimeSpan.Zero,
            Repositories = [new EmulatedRepository { Id = DataCiteApiFixture.RepositoryId.ToLowerInvariant(), Password = DataCiteApiFixture.Password, Prefixes = [new EmulatedPrefix { Prefix = DataCiteApiFixture.Prefix }] }],
        });
        var baseAddress = new Uri($"http://127.0.0.1:{ServerProcess.FreePort()}");
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(90) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);

        string id, concept;
        await using (var server = ServerProcess.Start($"--urls {baseAddress}", Env(emulator), _dir))
        {
            await server.WaitHealthyAsync(baseAddress, TimeSpan.FromSeconds(60));
            var demo = (await http.GetAsync("/api/v1/datasets/passages-urgences-oscour").Ok()).AsObject();
            foreach (var key in new[] { "id", "revision", "status", "createdAt", "modifiedAt", "firstPublishedAt" }) demo.Remove(key);
            demo["slug"] = "urgences-kill-test";
            demo["identifier"] = $"{DataCiteApiFixture.PublicBaseUrl}/datasets/urgences-kill-test";
            id = (string)(await http.PostAsync("/api/v1/datasets", TestHttp.Json(demo)).Ok(HttpStatusCode.Created))["id"]!;

            emulator.HoldNextPut();
            var reserving = http.PostAsync($"/api/v1/datasets/{id}/doi", null);
            await emulator.HeldWrite.Task.WaitAsync(TimeSpan.FromSeconds(30));
            server.Kill();
            await Assert.ThrowsAnyAsync<Exception>(() => reserving);
        }
        emulator.State.FlushIndex();
        var stored = DoisAt(emulator);
        string minted = Assert.Single(stored);

        await using (var restarted = ServerProcess.Start($"--urls {baseAddress}", Env(emulator), _dir))
        {
            await restarted.WaitHealthyAsync(baseAddress, TimeSpan.FromSeconds(60));
            string? doi = null;
            for (var until = DateTime.UtcNow.AddSeconds(30); doi is null && DateTime.UtcNow < until; await Task.Delay(200))
                doi = (string?)(await http.GetAsync($"/api/v1/datasets/{id}").Ok())["doi"];
            Assert.True(minted == doi, $"Expected {minted}, got {doi}. Server output:\n{restarted.Output}");
            // The series' concept DOI was chosen (and put on the record) before the killed call; the restarted
            // server creates it after adopting the version DOI.
            concept = (string)(await http.GetAsync($"/api/v1/datasets/{id}").Ok())["conceptDoi"]!;
            for (var until = DateTime.UtcNow.AddSeconds(30); !DoisAt(emulator).Contains(concept) && DateTime.UtcNow < until; await Task.Delay(200))
                emulator.State.FlushIndex();
        }
        emulator.State.FlushIndex();
        Assert.NotEqual(minted, concept);
        Assert.Equal(new[] { minted, concept }.Order(), DoisAt(emulator).Order());
    }

    private static List<string> DoisAt(HoldingDataCiteEmulator emulator)
    {
        var found = new List<string>();
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{DataCiteApiFixture.RepositoryId}:{DataCiteApiFixture.Password}")));
        var list = client.GetFromJsonAsync<JsonObject>($"dois?client-id={DataCiteApiFixture.RepositoryId.ToLowerInvariant()}&page[size]=1000").GetAwaiter().GetResult()!;
        found.AddRange(list["data"]!.AsArray().Select(d => (string)d!["id"]!));
        return found;
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

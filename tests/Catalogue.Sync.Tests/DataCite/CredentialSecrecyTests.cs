using System.Net;
using System.Text;
using Catalogue.Emulators.DataCite;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Dtos;
using Catalogue.Sync.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Sync.Tests.DataCite;

/// <summary>The repository password (and its Basic form) never reaches logs, exceptions or ToString.</summary>
public sealed class CredentialSecrecyTests
{
    private static readonly string[] Secrets =
    [
        DataCiteTestEnvironment.Password,
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DataCiteTestEnvironment.RepositoryId}:{DataCiteTestEnvironment.Password}")),
    ];

    [Fact]
    public async Task Password_is_absent_from_logs_errors_and_exceptions()
    {
        var texts = new List<string>();
        await using (DataCiteEmulator emulator = await DataCiteTestEnvironment.StartEmulatorAsync())
        await using (ClientHandle handle = DataCiteTestEnvironment.CreateClient(emulator,
                         new ResilienceOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(5) }))
        {
            texts.Add(handle.Services.GetRequiredService<IOptions<DataCiteOptions>>().Value.ToString());
            emulator.Faults.FailNextWith429(1, TimeSpan.Zero);
            emulator.Faults.FailNextWithServerError(1);
            DataCiteResponse<DoiDocument> created = await handle.Client.CreateDoiAsync(new DoiAttributes { Prefix = DataCiteTestEnvironment.Prefix }, default);
            DataCiteResponse<DoiDocument> duplicate = await handle.Client.CreateDoiAsync(new DoiAttributes { Doi = created.EnsureContent().Data.Id }, default);
            texts.Add(Assert.Throws<DataCiteApiException>(() => duplicate.EnsureContent()).ToString());
            texts.AddRange(handle.Logs.Lines);
            Assert.Contains(handle.Logs.Lines, l => l.Contains("Retrying"));
        }

        // A transport failure (nothing listens any more) is the one case that throws.
        await using (DataCiteEmulator stopped = await DataCiteTestEnvironment.StartEmulatorAsync())
        {
            Uri deadAddress = stopped.BaseAddress;
            await stopped.DisposeAsync();
            var services = new ServiceCollection();
            var logs = new CapturingLoggerProvider();
            services.AddLogging(b => b.AddProvider(logs));
            services.AddDataCiteClient(o =>
            {
                o.BaseUrl = deadAddress;
                o.RepositoryId = DataCiteTestEnvironment.RepositoryId;
                o.Password = DataCiteTestEnvironment.Password;
                o.Prefix = DataCiteTestEnvironment.Prefix;
            }, new ResilienceOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(5) });
            await using ServiceProvider provider = services.BuildServiceProvider();
            Exception transport = await Assert.ThrowsAnyAsync<HttpRequestException>(
                () => provider.GetRequiredService<IDataCiteClient>().GetDoiAsync("10.99999/x", default));
            texts.Add(transport.ToString());
            texts.AddRange(logs.Lines);
        }

        Assert.NotEmpty(texts);
        foreach (string text in texts)
            foreach (string secret in Secrets)
                Assert.DoesNotContain(secret, text);
    }

    [Fact]
    public void Startup_validation_names_the_problem_without_the_password()
    {
        var services = new ServiceCollection();
        services.AddDataCiteClient(o =>
        {
            o.RepositoryId = "HDHCATALOG";
            o.Password = DataCiteTestEnvironment.Password;
            o.Prefix = "11.1";
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DataCiteOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("RepositoryId"));
        Assert.Contains(error.Failures, f => f.Contains("Prefix"));
        Assert.DoesNotContain(DataCiteTestEnvironment.Password, error.ToString());
    }
}

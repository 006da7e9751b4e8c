using Catalogue.Sync.DataCite;
using Catalogue.Sync.DataCite.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Catalogue.Sync.Tests.DataCite;

public sealed class DataCiteRegistrationTests
{
    [Fact]
    public void Options_bind_from_configuration_and_default_to_the_test_system()
    {
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataCite:RepositoryId"] = "HDH.CATALOG",
            ["DataCite:Password"] = "pw",
            ["DataCite:Prefix"] = "10.99999",
            ["DataCite:SchemaDirectory"] = DataCiteTestEnvironment.SchemaDirectory,
            ["DataCite:RateLimit:PermitLimit"] = "300",
        }).Build();
        var services = new ServiceCollection();
        services.AddDataCiteClient(config.GetSection("DataCite"));
        using ServiceProvider provider = services.BuildServiceProvider();

        DataCiteOptions options = provider.GetRequiredService<IOptions<DataCiteOptions>>().Value;

        Assert.Equal(new Uri(DataCiteOptions.TestBaseUrl), options.BaseUrl);
        Assert.Equal(300, options.RateLimit.PermitLimit);
        Assert.IsType<DataCiteClient>(provider.GetRequiredService<IDataCiteClient>());
        Assert.Empty(provider.GetRequiredService<DataCiteXsdValidator>().Validate(SampleMetadata.Rich("10.99999/x")));
        Assert.Equal("DataCite https://api.test.datacite.org/ as HDH.CATALOG (prefix 10.99999, password set)", options.ToString());
    }
}

using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Extensions;

/// <summary>Seeds the demo catalogue through the same store as the API, so every record has its revisions.</summary>
public static class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var orgs = services.GetRequiredService<OrganizationStore>();
        var store = services.GetRequiredService<DatasetStore>();
        foreach (var o in DemoCatalogue.Organizations()) await orgs.CreateAsync(o, Caller.System, ct);
        foreach (var demo in DemoCatalogue.Records())
        {
            var created = await store.CreateAsync(demo.Record, Caller.System, ct);
            if (demo.Publish) await store.TransitionAsync(created.Id, LifecycleAction.Publish, null, Caller.System, null, ct);
        }
    }
}

using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Api.Sync.Udata;

/// <summary>
/// Finds the dataset a previous, interrupted attempt created: udata has no idempotency key, so our id in
/// <c>extras["catalogue:id"]</c> is how a restart recognises its own work instead of creating it again.
/// </summary>
public sealed class UdataRemoteLocator(IUdataClient client)
{
    public async Task<UdataDataset?> FindByCatalogueIdAsync(string udataOrganizationId, Guid datasetId, CancellationToken ct)
    {
        var query = new UdataDatasetQuery { Organization = udataOrganizationId, PageSize = 100 };
        UdataDataset? found = null;
        await foreach (var d in client.ListAllDatasetsAsync(query, ct))
        {
            if (UdataExtras.CatalogueIdOf(d) != datasetId || d.Deleted is not null) continue;
            // Should an older bug have left two, the oldest is the one links may already point to.
            if (found is null || d.CreatedAt < found.CreatedAt) found = d;
        }
        return found;
    }
}

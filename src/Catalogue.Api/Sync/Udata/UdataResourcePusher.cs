using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Api.Sync.Udata;

/// <summary>
/// Makes the remote resource list equal to ours: update matched resources (matched by the distribution id in
/// their extras, so a retried push updates what a crashed one created), create missing ones, delete the ones
/// we no longer have, then set the order (udata prepends new resources).
/// </summary>
public sealed class UdataResourcePusher(IUdataClient client)
{
    public async Task SyncAsync(string datasetId, IReadOnlyList<UdataResource> current, IReadOnlyList<UdataResourceWrite> desired, CancellationToken ct)
    {
        var remaining = current.ToList();
        var order = new List<string>();
        foreach (var want in desired)
        {
            var distribution = UdataExtras.GetString(want.Extras, UdataExtras.DistributionId);
            var existing = remaining.FirstOrDefault(r => UdataResourceMapping.DistributionIdOf(r)?.ToString() == distribution);
            if (existing is null)
            {
                var created = (await client.CreateRemoteResourceAsync(datasetId, want, ct)).EnsureSuccess();
                order.Add(created.Id);
                continue;
            }
            remaining.Remove(existing);
            if (UdataResourceMapping.Project(existing) != UdataResourceMapping.Project(want))
                (await client.UpdateResourceAsync(datasetId, existing.Id, want with { Filetype = existing.Filetype }, ct)).EnsureSuccess();
            order.Add(existing.Id);
        }
        foreach (var gone in remaining)
        {
            var deleted = await client.DeleteResourceAsync(datasetId, gone.Id, ct);
            if (!deleted.IsSuccess && !deleted.IsNotFound) deleted.EnsureSuccess();
        }
        var fresh = (await client.GetDatasetAsync(datasetId, ct)).EnsureSuccess();
        if (!fresh.Resources.Select(r => r.Id).SequenceEqual(order) && order.Count > 0)
            (await client.ReorderResourcesAsync(datasetId, order, ct)).EnsureSuccess();
    }
}

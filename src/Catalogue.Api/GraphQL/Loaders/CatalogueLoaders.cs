using Catalogue.Api.GraphQL.Graph;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.GraphQL.Loaders;

/// <summary>
/// The request's data loaders: however many datasets a page holds, their publishers cost one query and
/// their sync states one more, instead of one per dataset.
/// </summary>
public static class CatalogueLoaders
{
    public static Task<Organization?> OrganizationAsync(this ResolveFieldContext c, Guid id)
    {
        var graph = c.Graph();
        if (graph.PagePublishers.TryGet(id, out var known)) return Task.FromResult(known);
        return c.GetDataLoader<Guid, Organization>("organizations", (ids, ct) => graph.RunAsync(async () =>
        {
            var orgs = await graph.Organizations.GetManyAsync(ids.ToList(), ct);
            return (IReadOnlyDictionary<Guid, Organization>)orgs.ToDictionary(o => o.Id);
        })).LoadAsync(id);
    }

    /// <summary>Only called for records the caller can already see, so it adds no visibility rule of its own.</summary>
    public static async Task<IReadOnlyList<SyncStateEntity>> SyncStatesAsync(this ResolveFieldContext c, Guid datasetId)
    {
        var graph = c.Graph();
        var states = await c.GetDataLoader<Guid, List<SyncStateEntity>>("syncStates", (ids, ct) => graph.RunAsync(async () =>
        {
            var list = ids.ToList();
            var rows = await graph.Db.SyncStates.AsNoTracking().Where(s => list.Contains(s.DatasetId)).OrderBy(s => s.Target).ToListAsync(ct);
            return (IReadOnlyDictionary<Guid, List<SyncStateEntity>>)rows.GroupBy(s => s.DatasetId).ToDictionary(g => g.Key, g => g.ToList());
        })).LoadAsync(datasetId);
        return states ?? [];
    }
}

/// <summary>Loads records by id for node(id)/nodes(ids), through DatasetStore so visibility applies.</summary>
public static class DatasetLoader
{
    public static Task<DatasetRecord?> DatasetAsync(this ResolveFieldContext c, Guid id)
    {
        var graph = c.Graph();
        return c.GetDataLoader<Guid, DatasetRecord>("datasetsById", (ids, ct) => graph.RunAsync(async () =>
        {
            var records = await graph.Datasets.GetManyAsync(ids.ToList(), graph.Caller, ct);
            return (IReadOnlyDictionary<Guid, DatasetRecord>)records.Select(r => r.Record).ToDictionary(r => r.Id);
        })).LoadAsync(id);
    }
}

using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.Api.GraphQL.Graph;

/// <summary>What the catalogue knows of a record on data.gouv.fr and DataCite.</summary>
public sealed record DoiStatus(DatasetRecord Record, SyncStateEntity? State);

public static class SyncTypes
{
    public static SchemaBuilder AddSync(this SchemaBuilder s) => s
        .Object("SyncState", t => t
            .Get<SyncStateEntity>("target", "String!", x => x.Target, "udata (data.gouv.fr) or datacite.")
            .Get<SyncStateEntity>("status", "String!", x => x.Status)
            .Get<SyncStateEntity>("remoteId", "String", x => x.RemoteId)
            .Get<SyncStateEntity>("lastPushedRevision", "Int!", x => x.LastPushedRevision)
            .Get<SyncStateEntity>("lastRemoteModified", "String", x => x.LastRemoteModified)
            .Get<SyncStateEntity>("conflict", "String", x => x.Conflict, "Set when the remote copy changed too; the sync waits for a decision.")
            .Get<SyncStateEntity>("updatedAt", "DateTime!", x => x.UpdatedAt))
        .Object("DoiStatus", t => t
            .Get<DoiStatus>("doi", "String", x => x.Record.Doi)
            .Get<DoiStatus>("conceptDoi", "String", x => x.Record.ConceptDoi)
            .Get<DoiStatus>("url", "String", x => x.Record.Doi is { } doi ? "https://doi.org/" + doi : null)
            .Get<DoiStatus>("state", "String!", x => x.State?.Status ?? (x.Record.Doi is null ? "none" : "registered"),
                "The DataCite sync status, or none / registered when the catalogue has no sync state for it.")
            .Get<DoiStatus>("lastPushedRevision", "Int", x => x.State?.LastPushedRevision));

    public static DoiStatus Doi(DatasetRecord r, IEnumerable<SyncStateEntity> states) =>
        new(r, states.FirstOrDefault(x => x.Target == OutboxWriter.DataCite));
}

using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Domain.Model;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Services;

public sealed class SyncTargetsOptions
{
    /// <summary>Remote systems kept in step ("udata", "datacite"); empty means the outbox stays empty.</summary>
    public List<string> Enabled { get; set; } = new();
}

/// <summary>
/// Adds outbox rows to the same unit of work as the record change, so the change and the promise to
/// propagate it commit (or roll back) together.
/// </summary>
public sealed class OutboxWriter(CatalogueDbContext db, IOptions<SyncTargetsOptions> options, TimeProvider clock)
{
    public const string Udata = "udata", DataCite = "datacite";

    public void Enqueue(DatasetRecord r, string operation)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var target in options.Value.Enabled)
        {
            // DataCite only cares about records that carry a DOI; data.gouv.fr sees drafts as private datasets.
            if (target == DataCite && r.Doi is null) continue;
            // A target's own write-back (a pull taking its edits) is already in step there: its reconciler saves the
            // new baselines with the revision, so a push back would only fetch the dataset again to send nothing.
            if (operation == SyncContext.AuthorFor(target)) continue;
            db.Outbox.Add(new OutboxMessageEntity
            {
                Target = target, Operation = operation, DatasetId = r.Id, Revision = r.Revision, CreatedAt = now, NextAttemptAt = now,
            });
        }
    }
}

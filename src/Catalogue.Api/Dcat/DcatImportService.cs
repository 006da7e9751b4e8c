using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Rdf.Model;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Dcat;

/// <summary>
/// DCAT import: each dcat:Dataset of a document is created or updated through <see cref="DatasetStore"/> (so every
/// change is a revision, validated like any edit), keyed by our IRI or its dct:identifier. One dataset's failure is
/// that dataset's "rejected" outcome with reasons, never the whole request's.
/// </summary>
public sealed class DcatImportService(DatasetStore store, OrganizationStore organizations, DcatLinks links)
{
    public async Task<DcatImportReport> ImportAsync(IEnumerable<Triple> triples, string? organization, bool dryRun, bool publish, Caller caller, CancellationToken ct)
    {
        var target = organization is null ? null : await organizations.GetAsync(organization, ct);
        var orgs = await organizations.ListAsync(ct);
        var results = new List<ImportOutcome>();
        foreach (var item in new DcatToDataset(links).Read(triples))
            results.Add(await ImportOneAsync(item, target ?? PublisherOf(item, orgs), dryRun, publish, caller, ct));
        return DcatImportReport.From(dryRun, results);
    }

    private async Task<ImportOutcome> ImportOneAsync(ImportedDataset item, Organization? org, bool dryRun, bool publish, Caller caller, CancellationToken ct)
    {
        ImportOutcome Outcome(string outcome, Guid? id, IReadOnlyList<string>? changed = null, IReadOnlyList<ImportMessage>? errors = null) =>
            new(item.Subject is Iri i ? i.Value : item.Subject.ToString(), item.Record?.Identifier, id, outcome, changed ?? [], item.Warnings, errors ?? item.Errors);

        if (item.Errors.Count > 0 || item.Record is not { } r) return Outcome(ImportOutcome.Rejected, null);
        if (org is null)
            return Outcome(ImportOutcome.Rejected, null, errors: [new("organizationId", $"No organisation matches the publisher '{item.PublisherName ?? item.PublisherIri ?? "(none)"}'; pass ?organization=<id or slug>.")]);
        if (!caller.CanEdit(org.Id)) return Outcome(ImportOutcome.Rejected, null, errors: [new("organizationId", $"This key cannot write to '{org.Slug}'.")]);
        r.OrganizationId = org.Id;

        try
        {
            var current = await FindAsync(r, caller, ct);
            if (current is null)
            {
                var candidate = RecordJson.Clone(r);
                if (candidate.Id == Guid.Empty) candidate.Id = Guid.NewGuid();
                RecordDefaults.Apply(candidate);
                var errors = RecordValidator.Validate(candidate).Where(i => i.Severity == IssueSeverity.Error).ToList();
                if (errors.Count > 0) return Outcome(ImportOutcome.Rejected, null, errors: errors.Select(e => new ImportMessage(e.Path, e.Message)).ToList());
                if (dryRun) return Outcome(ImportOutcome.Created, null);
                var created = await store.CreateAsync(r, caller, ct);
                if (publish) await TryPublishAsync(created, item, caller, ct);
                return Outcome(ImportOutcome.Created, created.Id);
            }

            var merged = ImportMerge.Apply(current, r);
            merged.Status = current.Status;
            merged.Revision = current.Revision;
            merged.CreatedAt = current.CreatedAt; merged.ModifiedAt = current.ModifiedAt;
            merged.FirstPublishedAt = current.FirstPublishedAt; merged.WithdrawnAt = current.WithdrawnAt; merged.WithdrawalReason = current.WithdrawalReason;
            var changes = RecordDiff.Compare(current, merged).Select(c => c.Path).ToList();
            if (changes.Count == 0) return Outcome(ImportOutcome.Unchanged, current.Id);
            if (dryRun)
            {
                var errors = RecordValidator.Validate(merged).Where(i => i.Severity == IssueSeverity.Error).ToList();
                return errors.Count > 0
                    ? Outcome(ImportOutcome.Rejected, current.Id, changes, errors.Select(e => new ImportMessage(e.Path, e.Message)).ToList())
                    : Outcome(ImportOutcome.Updated, current.Id, changes);
            }
            var updated = await store.UpdateAsync(current.Id, merged, current.Revision, caller, ct);
            return Outcome(ImportOutcome.Updated, updated.Id, changes);
        }
        catch (RecordValidationException e)
        {
            return Outcome(ImportOutcome.Rejected, null, errors: e.Issues.Select(i => new ImportMessage(i.Path, i.Message)).ToList());
        }
        catch (CatalogueException e)
        {
            return Outcome(ImportOutcome.Rejected, null, errors: [new("$", e.Message)]);
        }
    }

    /// <summary>Our own IRI first, then dct:identifier; through Visible, so a key never learns of drafts it cannot see.</summary>
    private async Task<DatasetRecord?> FindAsync(DatasetRecord r, Caller caller, CancellationToken ct)
    {
        var id = r.Id;
        var identifier = r.Identifier;
        var doc = await store.Visible(caller).Where(d => (id != Guid.Empty && d.Id == id) || d.Identifier == identifier)
            .Select(d => d.Document).FirstOrDefaultAsync(ct);
        return doc is null ? null : RecordJson.Deserialize(doc);
    }

    private async Task TryPublishAsync(DatasetRecord created, ImportedDataset item, Caller caller, CancellationToken ct)
    {
        try { await store.TransitionAsync(created.Id, LifecycleAction.Publish, null, caller, null, ct); }
        catch (PublicationRefusedException e)
        {
            foreach (var issue in e.Issues) item.Warn(issue.Path, "Not published: " + issue.Message);
        }
    }

    /// <summary>dct:publisher → organisation: our own organisation IRI, else the same name or acronym.</summary>
    private Organization? PublisherOf(ImportedDataset item, IReadOnlyList<Organization> orgs) =>
        orgs.FirstOrDefault(o => links.Organization(o.Id).Value == item.PublisherIri)
        ?? orgs.FirstOrDefault(o => item.PublisherName is { } name
            && (string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(o.Acronym, name.Trim(), StringComparison.OrdinalIgnoreCase)));
}

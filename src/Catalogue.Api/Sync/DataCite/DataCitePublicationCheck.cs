using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Sync.DataCite.Mapping;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Before a record with a DOI is published (and in its validation report), the DataCite XML it will produce
/// is validated against the kernel-4.6 XSD, so publishing is refused with field errors (<c>datacite.creators[0]…</c>)
/// before anything is sent, instead of failing later at DataCite.
/// </summary>
public sealed class DataCitePublicationCheck(IOptions<SyncTargetsOptions> targets, DataCiteSchema schema, DataCiteMappingContexts contexts) : IPublicationCheck
{
    public async Task<IReadOnlyList<ValidationIssue>> CheckAsync(DatasetRecord record, Organization? publisher, CancellationToken ct)
    {
        if (!targets.Value.Enabled.Contains(DataCiteReconciler.Target) || record.Doi is null) return [];
        if (schema.Validator is not { } validator)
            return [new ValidationIssue("datacite", "datacite-schema-missing", "DataCite:SchemaDirectory is not configured: the DataCite XML could not be checked.", IssueSeverity.Warning)];
        var metadata = RecordToDataCite.Map(record, publisher, await contexts.ForAsync(record, ct));
        return DataCiteXsdGate.Check(metadata, validator);
    }
}

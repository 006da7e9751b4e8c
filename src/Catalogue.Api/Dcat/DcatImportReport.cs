using Catalogue.Domain.Mappings.Dcat;

namespace Catalogue.Api.Dcat;

/// <summary>What happened (or, in a dry run, would happen) to one dataset of an imported document.</summary>
public sealed record ImportOutcome(string Source, string? Identifier, Guid? Id, string Outcome,
    IReadOnlyList<string> ChangedFields, IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<ImportMessage> Errors)
{
    public const string Created = "created", Updated = "updated", Unchanged = "unchanged", Rejected = "rejected";
}

public sealed record DcatImportReport(bool DryRun, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportOutcome> Results)
{
    public static DcatImportReport From(bool dryRun, IReadOnlyList<ImportOutcome> results) => new(dryRun,
        results.Count(r => r.Outcome == ImportOutcome.Created), results.Count(r => r.Outcome == ImportOutcome.Updated),
        results.Count(r => r.Outcome == ImportOutcome.Unchanged), results.Count(r => r.Outcome == ImportOutcome.Rejected), results);
}

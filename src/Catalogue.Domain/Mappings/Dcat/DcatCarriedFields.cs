using Catalogue.Domain.Model;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// The part of a record that a HealthDCAT-AP document carries, normalised (languages sorted, effective licence per
/// distribution, sample or not): two records with equal projections are equal as far as DCAT can tell. Round-trip
/// tests compare these; what DCAT cannot say (anonymisation file, udata ids, split details, variable code lists)
/// is left out on purpose.
/// </summary>
public static class DcatCarriedFields
{
    public static DatasetRecord Project(DatasetRecord r) => new()
    {
        Identifier = r.Identifier, Title = Sorted(r.Title), Description = Sorted(r.Description), AccessRights = r.AccessRights,
        Keywords = SortedList(r.Keywords), Themes = [.. r.Themes], HealthCategories = [.. r.HealthCategories], HealthThemes = [.. r.HealthThemes],
        CodingSystems = [.. r.CodingSystems], CodeValues = [.. r.CodeValues], DatasetTypes = [.. r.DatasetTypes], ConformsTo = [.. r.ConformsTo],
        Languages = [.. r.Languages], Frequency = r.Frequency, GeneratedBy = r.GeneratedBy, ApplicableLegislation = [.. r.ApplicableLegislation],
        Purposes = r.Purposes.Select(Sorted).ToList(), LegalBasis = r.LegalBasis.Select(Sorted).ToList(), PersonalDataCategories = [.. r.PersonalDataCategories],
        RetentionPeriod = r.RetentionPeriod, Documentation = new DocumentationSections { Provenance = Sorted(r.Documentation.Provenance) },
        TemporalCoverage = r.TemporalCoverage, TemporalResolution = r.TemporalResolution, SpatialCoverage = [.. r.SpatialCoverage],
        NumberOfRecords = r.NumberOfRecords, NumberOfUniqueIndividuals = r.NumberOfUniqueIndividuals, MinTypicalAge = r.MinTypicalAge,
        MaxTypicalAge = r.MaxTypicalAge, PopulationCoverage = Sorted(r.PopulationCoverage),
        Hdab = AgentOf(r.Hdab), Custodian = AgentOf(r.Custodian), Creators = r.Creators.Select(AgentOf).OfType<Agent>().ToList(),
        ContactPoint = r.ContactPoint is { } c ? new ContactPoint { Name = c.Name, Email = c.Email, Url = c.Url } : null,
        LandingPage = r.LandingPage, Pages = [.. r.Pages], Related = [.. r.Related], Version = r.Version, VersionNotes = Sorted(r.VersionNotes),
        IsReferencedBy = r.IsReferencedBy.Select(x => x.StartsWith("10.", StringComparison.Ordinal) ? "https://doi.org/" + x : x).ToList(),
        // DCAT lists samples apart (adms:sample), so only the order within each kind is kept.
        Distributions = r.Distributions.Where(d => DatasetToDcat.IsAbsolute(d.AccessUrl)).OrderBy(d => d.Role == DistributionRole.Sample).Select(d => new Distribution
        {
            Id = d.Id, Title = Sorted(d.Title), Description = Sorted(d.Description), AccessUrl = d.AccessUrl, DownloadUrl = d.DownloadUrl,
            Format = d.Format, MediaType = d.MediaType, ByteSize = d.ByteSize, Checksum = d.Checksum, License = d.License ?? r.Licenses.FirstOrDefault(),
            Role = d.Role == DistributionRole.Sample ? DistributionRole.Sample : DistributionRole.Main, Status = d.Status, Availability = d.Availability,
            ConformsTo = d.ConformsTo, Issued = d.Issued, Modified = d.Modified,
        }).ToList(),
        DataDictionary = r.DataDictionary.Select(t => new DataTable
        {
            Name = t.Name, Title = Sorted(t.Title), Description = Sorted(t.Description), Url = t.Url,
            Variables = t.Variables.Select(v => new Variable { Name = v.Name, Title = Sorted(v.Title), Description = Sorted(v.Description), Type = v.Type, PropertyUrl = v.PropertyUrl }).ToList(),
        }).ToList(),
    };

    public static string Json(DatasetRecord r) => RecordJson.Serialize(Project(r));

    private static Agent? AgentOf(Agent? a) => a is null ? null : new Agent
    {
        Name = a.Name, IsPerson = a.IsPerson, Ror = a.Ror, Orcid = a.Ror is null ? a.Orcid : null, Homepage = a.Homepage,
        ContactPoint = a.ContactPoint is { } c ? new ContactPoint { Email = c.Email, Url = c.Url, Telephone = c.Telephone } : null,
    };

    private static LocalizedText Sorted(LocalizedText t) =>
        new(t.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value.Trim()));

    private static LocalizedList SortedList(LocalizedList l)
    {
        var result = new LocalizedList();
        foreach (var (lang, words) in l.OrderBy(kv => kv.Key, StringComparer.Ordinal).Where(kv => kv.Value.Count > 0)) result[lang] = [.. words];
        return result;
    }
}

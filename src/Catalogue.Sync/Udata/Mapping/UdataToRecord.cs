using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// A udata dataset back into a record: whole (onboarding) or field by field (a website edit taken into a new
/// revision). Field names are those of <see cref="UdataFields"/>. Some remote changes are deliberately not
/// taken: the licence when udata nulled it for restricted data (ours stays), the DOI (DataCite's), the
/// <c>private</c>/<c>archived</c> flags (our lifecycle has its own checks), and a widening of access to open.
/// </summary>
public static class UdataToRecord
{
    public static DatasetRecord ToNewRecord(UdataDataset d, Guid organizationId, Organization? org)
    {
        var r = new DatasetRecord
        {
            Id = UdataExtras.CatalogueIdOf(d) ?? Guid.NewGuid(),
            OrganizationId = organizationId,
            AccessRights = d.AccessType is null or "open" ? AccessLevel.Public : AccessLevel.Restricted,
            OtherIdentifiers = [new OtherIdentifier { Scheme = "udata", Value = d.Id }],
            UdataId = d.Id,
            LandingPage = d.Page,
        };
        Apply(r, d, UdataFields.All, org);
        return r;
    }

    /// <summary>Applies the remote values of <paramref name="fields"/> to <paramref name="r"/>.</summary>
    public static DatasetRecord Apply(DatasetRecord r, UdataDataset d, IReadOnlyCollection<string> fields, Organization? org)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case UdataFields.Title: r.Title["fr"] = d.Title; break;
                case UdataFields.Description: UdataDescription.ApplyTo(r, d.Description); break;
                case UdataFields.Acronym: SetAcronym(r, d.Acronym); break;
                case UdataFields.Tags: r.Tags = UdataTagSet.Own(d.Tags, r, org); break;
                case UdataFields.License: ApplyLicence(r, d.License); break;
                case UdataFields.Frequency: r.Frequency = FrequencyTable.FromUdata(d.Frequency); break;
                case UdataFields.TemporalCoverage:
                    r.TemporalCoverage = d.TemporalCoverage is { } t ? [new PeriodOfTime { Start = t.Start, End = t.End }] : [];
                    break;
                case UdataFields.Spatial:
                    r.SpatialCoverage = d.Spatial?.Zones?.Where(z => SpatialTable.FindZone(z) is not null).ToList() ?? [];
                    r.SpatialGranularity = d.Spatial?.Granularity is { } g && g != "other" && SpatialTable.Granularities.Contains(g) ? g : null;
                    break;
                case UdataFields.AccessType:
                    if (d.AccessType is "restricted" && r.AccessRights == AccessLevel.Public) r.AccessRights = AccessLevel.Restricted;
                    break;
                case UdataFields.AuthorizationRequestUrl:
                    if (r.AccessRights != AccessLevel.Public) r.AccessRequestUrl = d.AuthorizationRequestUrl;
                    break;
                case UdataFields.Resources: r.Distributions = UdataResourceMapping.ToDistributions(d.Resources, r.Distributions); break;
            }
        }
        return r;
    }

    private static void SetAcronym(DatasetRecord r, string? acronym)
    {
        r.OtherIdentifiers.RemoveAll(i => i.Scheme == RecordToUdata.AcronymScheme);
        if (!string.IsNullOrWhiteSpace(acronym)) r.OtherIdentifiers.Add(new OtherIdentifier { Scheme = RecordToUdata.AcronymScheme, Value = acronym });
    }

    private static void ApplyLicence(DatasetRecord r, string? udataLicence)
    {
        // Null (restricted data) or a licence we cannot express: keep ours.
        if (LicenceTable.FindByUdata(udataLicence) is not { } entry) return;
        if (RecordToUdata.PrimaryLicence(r)?.SpdxId == entry.SpdxId) return;
        r.Licenses = [entry.SpdxId];
    }
}

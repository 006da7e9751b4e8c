using System.Text.Json;
using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// A catalogue record as the udata dataset it should be (contract §4.1, §9). The one place this direction is
/// written; <see cref="UdataToRecord"/> is its inverse.
/// </summary>
public static class RecordToUdata
{
    /// <summary>The acronym has no column of its own in the record: it is an identifier of scheme "acronym".</summary>
    public const string AcronymScheme = "acronym";

    public static UdataDatasetWrite ToWrite(DatasetRecord r, Organization? org, string? udataOrganizationId)
    {
        bool open = r.AccessRights == AccessLevel.Public;
        return new UdataDatasetWrite
        {
            Title = Truncate(r.Title.Get("fr") ?? r.Slug, 350),
            Description = Truncate(UdataDescription.Build(r), 100_000),
            Acronym = r.OtherIdentifiers.FirstOrDefault(i => i.Scheme == AcronymScheme)?.Value,
            Private = r.Status is RecordStatus.Draft or RecordStatus.InReview,
            Tags = UdataTagSet.For(r, org),
            // udata holds one licence; with Etalab 2.0 and CC-BY both apply, Etalab (lov2) is the one the guide asks for.
            // Non-open access makes udata drop the licence: ours stays in the record and in the description.
            License = open ? PrimaryLicence(r)?.UdataId : null,
            Frequency = FrequencyTable.ToUdata(r.Frequency),
            TemporalCoverage = r.TemporalCoverage.FirstOrDefault(p => p.Start is not null) is { } p ? new UdataTemporalCoverage(p.Start!.Value, p.End) : null,
            Spatial = Spatial(r),
            Archived = r.Status == RecordStatus.Withdrawn ? r.WithdrawnAt ?? r.ModifiedAt : null,
            Organization = udataOrganizationId,
            Extras = Extras(r),
            AccessType = open ? "open" : "restricted",
            AuthorizationRequestUrl = open ? null : r.AccessRequestUrl,
        };
    }

    public static IReadOnlyList<UdataResourceWrite> ToResources(DatasetRecord r) =>
        UdataResourceMapping.InPushOrder(r.Distributions).Select(UdataResourceMapping.ToWrite).ToList();

    public static LicenceEntry? PrimaryLicence(DatasetRecord r)
    {
        var known = r.Licenses.Select(LicenceTable.Find).OfType<LicenceEntry>().ToList();
        return known.FirstOrDefault(l => l.SpdxId == "etalab-2.0") ?? known.FirstOrDefault();
    }

    private static UdataSpatial? Spatial(DatasetRecord r)
    {
        var zones = r.SpatialCoverage.Where(z => SpatialTable.FindZone(z) is not null).ToList();
        var granularity = r.SpatialGranularity is { } g && SpatialTable.Granularities.Contains(g) ? g : "other";
        return zones.Count == 0 && granularity == "other" ? null : new UdataSpatial { Zones = zones, Granularity = granularity };
    }

    private static Dictionary<string, JsonElement> Extras(DatasetRecord r)
    {
        var extras = new Dictionary<string, JsonElement> { [UdataExtras.CatalogueId] = UdataExtras.String(r.Id.ToString()) };
        if (r.Doi is not null) extras[UdataExtras.Doi] = UdataExtras.String(r.Doi);
        return extras;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

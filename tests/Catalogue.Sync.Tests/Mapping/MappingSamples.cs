using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Mapping;

/// <summary>Demo records and a stand-in for what data.gouv.fr stores when it receives a write.</summary>
internal static class MappingSamples
{
    public static DatasetRecord Demo(string slug, RecordStatus status = RecordStatus.Published)
    {
        var r = DemoCatalogue.Records().Select(d => d.Record).Single(r => r.Slug == slug);
        r.Status = status;
        return r;
    }

    public static Organization OrgOf(DatasetRecord r) => DemoCatalogue.Organizations().Single(o => o.Id == r.OrganizationId);

    /// <summary>The dataset as the server would return it: tags normalised, resources with server ids.</summary>
    public static UdataDataset AsStored(UdataDatasetWrite w, IEnumerable<UdataResourceWrite> resources) => new()
    {
        Id = "5f0c0ffee0c0ffee0c0f0001",
        Title = w.Title, Description = w.Description, Acronym = w.Acronym, Private = w.Private,
        Tags = UdataTags.NormalizeAll(w.Tags).ToList(), License = w.AccessType is "open" or null ? w.License : null,
        Frequency = w.Frequency, TemporalCoverage = w.TemporalCoverage, Spatial = w.Spatial, Archived = w.Archived,
        Extras = w.Extras, AccessType = w.AccessType, AuthorizationRequestUrl = w.AuthorizationRequestUrl,
        Resources = resources.Select(r => new UdataResource
        {
            Id = Guid.NewGuid().ToString(), Title = r.Title, Description = r.Description, Filetype = r.Filetype, Type = r.Type, Url = r.Url!,
            Format = r.Format, Mime = r.Mime, Filesize = r.Filesize, Checksum = r.Checksum, Extras = r.Extras,
        }).ToList(),
    };
}

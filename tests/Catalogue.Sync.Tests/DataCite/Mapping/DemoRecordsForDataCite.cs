using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;

namespace Catalogue.Sync.Tests.DataCite.Mapping;

/// <summary>The seeded demo records as the store would hold them once a DOI is reserved (dates and DOI set).</summary>
internal static class DemoRecordsForDataCite
{
    public const string BaseUrl = "https://catalogue.example.fr";

    public static IEnumerable<(DatasetRecord Record, Organization? Organization)> All()
    {
        var organisations = DemoCatalogue.Organizations().ToDictionary(o => o.Id);
        int n = 0;
        foreach (DemoCatalogue.DemoRecord demo in DemoCatalogue.Records())
        {
            DatasetRecord r = demo.Record;
            r.Doi = $"10.99999/demo-{++n}";
            r.CreatedAt = new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);
            r.ModifiedAt = r.CreatedAt.AddDays(30);
            if (demo.Publish) r.FirstPublishedAt = r.CreatedAt.AddDays(10);
            yield return (r, organisations.GetValueOrDefault(r.OrganizationId));
        }
    }

    public static (DatasetRecord Record, Organization? Organization) Named(string slug) => All().Single(x => x.Record.Slug == slug);
}

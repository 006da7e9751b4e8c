using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Writing;

namespace Catalogue.Domain.Tests.Dcat;

/// <summary>Records and organisations for the mapping tests, and a one-call mapping to a graph.</summary>
public static class DcatTestRecords
{
    public static readonly DcatLinks Links = new("https://catalogue.example.org");

    public static IEnumerable<DatasetRecord> PublishedDemo() =>
        DemoCatalogue.Records().Where(d => d.Publish).Select(d => Published(d.Record));

    public static Organization OrganizationOf(DatasetRecord r) => DemoCatalogue.Organizations().First(o => o.Id == r.OrganizationId);

    public static DatasetRecord Published(DatasetRecord r)
    {
        r.Status = RecordStatus.Published;
        r.FirstPublishedAt = new DateTimeOffset(2024, 5, 2, 8, 30, 0, TimeSpan.Zero);
        r.ModifiedAt = new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);
        RecordDefaults.Apply(r);
        return r;
    }

    public static Graph Map(params DatasetRecord[] records)
    {
        var graph = new Graph();
        var e = new DcatEmitter(graph);
        var mapper = new DatasetToDcat(Links);
        foreach (var r in records)
        {
            mapper.Write(r, OrganizationOf(r), e);
            e.Flush();
        }
        return graph;
    }

    public static string Turtle(IEnumerable<Triple> triples)
    {
        var sw = new StringWriter();
        using (var w = new TurtleWriter(sw, new RdfWriterOptions { Prefixes = DcatVocabulary.Prefixes() })) w.WriteTriples(triples);
        return sw.ToString();
    }

}

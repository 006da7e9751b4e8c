using System.Diagnostics;
using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Catalogue.Domain.Samples;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;

namespace Catalogue.Bench.Feeds;

/// <summary>
/// Builds the benchmark's N-Triples file from the generated catalogue (bench/Catalogue.Bench's records.ndjson)
/// through the same mapping the feeds use, so the data has HealthDCAT-AP's real shape: many literals in two
/// languages, hash-IRI nodes per dataset, shared concepts. Records are cycled with fresh ids if the file runs short.
/// </summary>
internal static class MakeNTriples
{
    public static int Run(string recordsPath, string outPath, long minTriples)
    {
        var clock = Stopwatch.StartNew();
        var orgs = DemoCatalogue.Organizations().ToDictionary(o => o.Id);
        var lines = File.ReadLines(recordsPath).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) { Console.Error.WriteLine($"No records in {recordsPath}"); return 2; }
        var mapping = new DatasetToDcat(new DcatLinks("https://catalogue.example.org"));
        using var writer = new NTriplesWriter(File.Create(outPath), new RdfWriterOptions { CloseOutput = true });
        var counter = new CountingSink(writer);
        var emitter = new DcatEmitter(counter);
        var records = 0;
        for (var i = 0; counter.Count < minTriples; i++, records++)
        {
            var r = RecordJson.Deserialize(lines[i % lines.Count]);
            if (i >= lines.Count) r.Id = Guid.NewGuid();
            mapping.Write(r, orgs.GetValueOrDefault(r.OrganizationId), emitter);
            emitter.Flush();
        }
        writer.Flush();
        Console.Error.WriteLine($"Wrote {counter.Count:N0} triples from {records:N0} records to {outPath} " +
            $"({new FileInfo(outPath).Length / 1024 / 1024} MiB) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private sealed class CountingSink(IRdfSink inner) : IRdfSink
    {
        public long Count { get; private set; }
        public void Triple(Triple triple) { Count++; inner.Triple(triple); }
    }
}

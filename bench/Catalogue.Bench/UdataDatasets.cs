using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Bench.Generation;
using Catalogue.Sync.Udata;
using Catalogue.Sync.Udata.Mapping;

namespace Catalogue.Bench;

/// <summary>
/// The generator's records as datasets an organisation already has on data.gouv.fr: what the catalogue would
/// push for them (<see cref="RecordToUdata"/>: French title and description, tags, licence, frequency, coverage,
/// access type, remote resources), minus the catalogue's own extras, since they were not created by a catalogue.
/// Drafts and records in review become private datasets (about 10 %).
/// </summary>
public static class UdataDatasets
{
    public static int Generate(int count, int seed, string outFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        var clock = Stopwatch.StartNew();
        var generator = new RecordGenerator(seed);
        long bytes = 0;
        using (var output = new StreamWriter(outFile, false, new UTF8Encoding(false), 1 << 20))
            for (var i = 0; i < count; i++)
            {
                var line = ToLine(generator.Next(i));
                bytes += Encoding.UTF8.GetByteCount(line) + 1;
                output.Write(line);
                output.Write('\n');
            }
        Console.Error.WriteLine($"Generated {count} data.gouv.fr datasets ({bytes / 1024 / 1024} MiB, {bytes / Math.Max(1, count)} bytes each) in {clock.Elapsed.TotalSeconds:F1} s → {outFile}");
        return 0;
    }

    private static string ToLine(Catalogue.Domain.Model.DatasetRecord record)
    {
        var write = RecordToUdata.ToWrite(record, null, null) with { Extras = new Dictionary<string, JsonElement>(), Organization = null };
        var body = JsonSerializer.SerializeToNode(write, UdataJsonContext.Default.UdataDatasetWrite)!.AsObject();
        var resources = new JsonArray();
        foreach (var resource in RecordToUdata.ToResources(record))
        {
            var node = JsonSerializer.SerializeToNode(resource, UdataJsonContext.Default.UdataResourceWrite)!.AsObject();
            node["extras"] = new JsonObject();
            resources.Add(node);
        }
        body["resources"] = resources;
        return body.ToJsonString();
    }
}

using System.Diagnostics;
using System.Text;
using Catalogue.Bench;
using Catalogue.Bench.Generation;
using Catalogue.Domain.Model;

// The benchmark's data side. The load itself is run by bench/run.sh with wrk against a real server process.
var command = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1));
switch (command)
{
    case "generate":
        return Generate(options.Int("count", 50_000), options.Int("seed", 20261122), options.Text("out", "bench/data"));
    case "udata-datasets":
        return UdataDatasets.Generate(options.Int("count", 50_000), options.Int("seed", 20261122), options.Text("out", "bench/data/udata-datasets.ndjson"));
    default:
        Console.Error.WriteLine("""
            Usage: dotnet run --project bench/Catalogue.Bench -c Release -- generate [--count 50000] [--seed 20261122] [--out bench/data]
              Writes <out>/records.ndjson (one DatasetRecord per line, for `Catalogue.Api import-records`),
              <out>/ids.txt (ids of published PUBLIC records, for GET-by-id) and <out>/terms.txt (search terms).
            Usage: ... -- udata-datasets [--count 50000] [--seed 20261122] [--out bench/data/udata-datasets.ndjson]
              The same generated records as data.gouv.fr datasets (one POST /api/1/datasets/ body per line, with
              their remote resources and without the catalogue's extras), for the udata emulator's bulk seeding
              (POST /_emulator/organizations/{org}/datasets, bench/sync.sh).
            """);
        return command == "help" ? 0 : 2;
}

static int Generate(int count, int seed, string outDir)
{
    Directory.CreateDirectory(outDir);
    var clock = Stopwatch.StartNew();
    var generator = new RecordGenerator(seed);
    var ids = new List<Guid>();
    long bytes = 0;
    using (var records = new StreamWriter(Path.Combine(outDir, "records.ndjson"), false, new UTF8Encoding(false), 1 << 20))
    {
        for (var i = 0; i < count; i++)
        {
            var r = generator.Next(i);
            var line = RecordJson.Serialize(r);
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
            records.Write(line);
            records.Write('\n');
            if (r.Status == RecordStatus.Published && r.AccessRights == AccessLevel.Public && ids.Count < 10_000) ids.Add(r.Id);
        }
    }
    File.WriteAllLines(Path.Combine(outDir, "ids.txt"), ids.Select(i => i.ToString()));
    File.WriteAllLines(Path.Combine(outDir, "terms.txt"), HealthWords.SearchTerms());
    Console.Error.WriteLine($"Generated {count} records ({bytes / 1024 / 1024} MiB, {bytes / Math.Max(1, count)} bytes each) in {clock.Elapsed.TotalSeconds:F1} s → {outDir}");
    return 0;
}

/// <summary>--name value pairs; nothing fancier is needed here.</summary>
sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < list.Count; i += 2)
            if (list[i].StartsWith("--")) values[list[i][2..]] = list[i + 1];
        return new Options(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v) : fallback;
    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);
}

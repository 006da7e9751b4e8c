using System.Diagnostics;
using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;

namespace Catalogue.Bench.Feeds;

/// <summary>
/// Triples per second of our parsers and writers on one N-Triples file. The file is read into memory first and the
/// writers write to <see cref="Stream.Null"/>, so disks never enter the figures. Each measurement is run once to
/// warm the JIT, then <c>reps</c> times; best and median are reported as machine-readable RESULT lines.
/// </summary>
internal static class RdfThroughput
{
    public static int Run(string ntPath, int reps)
    {
        var bytes = File.ReadAllBytes(ntPath);
        var triples = new CollectingSink();
        new NTriplesParser().Parse(new MemoryStream(bytes), triples);
        var all = triples.Items;
        Console.Error.WriteLine($"{ntPath}: {bytes.Length / 1024 / 1024} MiB, {all.Count:N0} triples in memory");

        var turtle = new MemoryStream();
        using (var w = new TurtleWriter(turtle, new RdfWriterOptions { Prefixes = DcatVocabulary.Prefixes() })) w.WriteTriples(all);
        var turtleBytes = turtle.ToArray();

        Measure("write-ntriples", all.Count, reps, () => { using var w = new NTriplesWriter(Stream.Null); w.WriteTriples(all); });
        Measure("write-turtle", all.Count, reps, () => { using var w = new TurtleWriter(Stream.Null); w.WriteTriples(all); });
        Measure("write-turtle-prefixed", all.Count, reps, () =>
        {
            using var w = new TurtleWriter(Stream.Null, new RdfWriterOptions { Prefixes = DcatVocabulary.Prefixes() });
            w.WriteTriples(all);
        });
        Measure("parse-ntriples", all.Count, reps, () => new NTriplesParser().Parse(new MemoryStream(bytes), new CountingSink()));
        Measure("parse-turtle", all.Count, reps, () => new TurtleParser().Parse(new MemoryStream(turtleBytes), new CountingSink()));
        // What rapper does in its timing: parse N-Triples and write Turtle in one stream.
        Measure("convert-nt-to-turtle", all.Count, reps, () =>
        {
            using var w = new TurtleWriter(Stream.Null);
            new NTriplesParser().Parse(new MemoryStream(bytes), w);
        });
        return 0;
    }

    private static void Measure(string name, int count, int reps, Action run)
    {
        run(); // JIT warm-up, not counted
        var seconds = new List<double>();
        for (var i = 0; i < reps; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            run();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        seconds.Sort();
        var best = seconds[0];
        var median = seconds[seconds.Count / 2];
        Console.WriteLine($"RESULT name={name} triples={count} best_s={best:F3} median_s={median:F3} " +
            $"best_tps={count / best:F0} median_tps={count / median:F0}");
    }

    private sealed class CollectingSink : IRdfSink
    {
        public List<Triple> Items { get; } = new();
        public void Triple(Triple triple) => Items.Add(triple);
    }

    private sealed class CountingSink : IRdfSink
    {
        public long Count;
        public void Triple(Triple triple) => Count++;
    }
}

using Catalogue.Bench.Feeds;

// The RDF side of the feed benchmark (bench/feeds.sh). The HTTP side is measured with curl and wrk there.
var command = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1));
switch (command)
{
    case "make-nt":
        return MakeNTriples.Run(options.Text("records", "bench/data/records.ndjson"), options.Text("out", "/tmp/feeds.nt"),
            options.Long("min-triples", 1_000_000));
    case "rdf":
        return RdfThroughput.Run(options.Text("nt", "/tmp/feeds.nt"), options.Int("reps", 5));
    default:
        Console.Error.WriteLine("""
            Usage: Catalogue.Bench.Feeds make-nt --records <records.ndjson> --out <file.nt> [--min-triples 1000000]
                     Writes the records' HealthDCAT-AP triples (DatasetToDcat, as the feeds do) as N-Triples.
                   Catalogue.Bench.Feeds rdf --nt <file.nt> [--reps 5]
                     Times our parsers and writers on that file; prints one RESULT line per measurement.
            """);
        return command == "help" ? 0 : 2;
}

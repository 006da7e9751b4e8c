using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Cli;

/// <summary>
/// <c>Catalogue.Api import-records &lt;file.ndjson&gt; [--publish]</c>: loads many records (one DatasetRecord JSON
/// per line) through the store's bulk path, in batches, as the system caller. Without --publish every record
/// arrives as a draft; with it, records keep the status of the file and published ones must pass the checks.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import-records";

    /// <summary>Adds the command to the executable's commands; true when <paramref name="args"/> ask for it.</summary>
    public static bool Register(string[] args)
    {
        lock (CatalogueCli.ExtraCommandFactories)
            if (!CatalogueCli.ExtraCommandFactories.Contains(Create)) CatalogueCli.ExtraCommandFactories.Add(Create);
        return args.Length > 0 && args[0] == Name;
    }

    private static IEnumerable<Command> Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "NDJSON file: one dataset record per line." };
        var publish = new Option<bool>("--publish") { Description = "Keep each record's status (Published records must pass the publication checks)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per transaction.", DefaultValueFactory = _ => 500 };
        var command = new Command(Name, "Bulk-import dataset records from an NDJSON file.") { file, publish, batchSize };
        command.SetAction((parse, ct) => RunAsync(services, parse.GetValue(file)!, parse.GetValue(publish), Math.Max(1, parse.GetValue(batchSize)), ct));
        yield return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, FileInfo file, bool publish, int batchSize, CancellationToken ct)
    {
        if (!file.Exists) { Console.Error.WriteLine($"No such file: {file.FullName}"); return 2; }
        var clock = Stopwatch.StartNew();
        var timings = new ImportTimings();
        int imported = 0, rejected = 0, line = 0;
        // Two batches in flight: one is validated and projected while the other is written.
        var inFlight = new Queue<(Task<ImportResult> Task, List<int> Lines)>();
        var batch = new List<DatasetRecord>(batchSize);
        var lines = new List<int>(batchSize);

        void Reject(string message) { if (rejected++ < 20) Console.Error.WriteLine(message); }

        async Task CompleteOldestAsync()
        {
            var (task, batchLines) = inFlight.Dequeue();
            var result = await task;
            foreach (var r in result.Rejected) Reject($"line {batchLines[r.Index]}: rejected {r.Id}: {string.Join("; ", r.Reasons)}");
            if ((imported + result.Imported) / 10_000 != imported / 10_000)
                Console.Error.WriteLine($"{imported + result.Imported} records imported ({clock.Elapsed.TotalSeconds:F1} s)");
            imported += result.Imported;
        }

        async Task StartBatchAsync()
        {
            if (batch.Count == 0) return;
            if (inFlight.Count >= 2) await CompleteOldestAsync();
            var records = batch.ToList();
            inFlight.Enqueue((Task.Run(async () =>
            {
                // A scope per batch: its own DbContext and connection, so nothing accumulates across batches.
                using var scope = services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<DatasetStore>().ImportBatchAsync(records, Caller.System, ct, bulkSession: true, timings: timings);
            }, ct), lines.ToList()));
            batch.Clear();
            lines.Clear();
        }

        var read = ImportTimings.Now();
        using (var reader = file.OpenText())
            while (await reader.ReadLineAsync(ct) is { } text)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text)) continue;
                DatasetRecord record;
                try { record = RecordJson.Deserialize(text); }
                catch (JsonException e) { Reject($"line {line}: not a dataset record: {e.Message}"); continue; }
                if (!publish) record.Status = RecordStatus.Draft;
                batch.Add(record);
                lines.Add(line);
                read = timings.AddElapsed(ImportStage.Read, read); // ReadLineAsync may resume on another thread
                if (batch.Count >= batchSize) { await StartBatchAsync(); read = ImportTimings.Now(); }
            }
        await StartBatchAsync();
        while (inFlight.Count > 0) await CompleteOldestAsync();
        Console.WriteLine($"Imported {imported} records, rejected {rejected}, in {clock.Elapsed.TotalSeconds:F1} s.");
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportCommand)).LogDebug("Import stages (summed over batches): {Timings}", timings);
        return rejected == 0 ? 0 : 1;
    }
}

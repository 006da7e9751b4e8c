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
        int imported = 0, rejected = 0, line = 0, firstLineOfBatch = 1;
        var batch = new List<DatasetRecord>(batchSize);

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            // A fresh scope per batch: a fresh DbContext, so nothing accumulates across 100 batches.
            using var scope = services.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<DatasetStore>().ImportBatchAsync(batch, Caller.System, ct);
            imported += result.Imported;
            foreach (var r in result.Rejected)
            {
                if (rejected++ < 20) Console.Error.WriteLine($"line {firstLineOfBatch + r.Index}: rejected {r.Id}: {string.Join("; ", r.Reasons)}");
            }
            batch.Clear();
            firstLineOfBatch = line + 1;
            if (imported / 5000 != (imported - result.Imported) / 5000)
                Console.Error.WriteLine($"{imported} records imported ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        using var reader = file.OpenText();
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) { if (batch.Count == 0) firstLineOfBatch = line + 1; continue; }
            DatasetRecord record;
            try { record = RecordJson.Deserialize(text); }
            catch (JsonException e)
            {
                // Batch positions are counted on parsed lines, so a bad line closes the batch before it.
                await FlushAsync();
                firstLineOfBatch = line + 1;
                if (rejected++ < 20) Console.Error.WriteLine($"line {line}: not a dataset record: {e.Message}");
                continue;
            }
            if (!publish) record.Status = RecordStatus.Draft;
            batch.Add(record);
            if (batch.Count >= batchSize) await FlushAsync();
        }
        await FlushAsync();
        Console.WriteLine($"Imported {imported} records, rejected {rejected}, in {clock.Elapsed.TotalSeconds:F1} s.");
        return rejected == 0 ? 0 : 1;
    }
}

using System.CommandLine;
using Catalogue.Api.Cli;
using Catalogue.Api.Services;
using Catalogue.Api.Sync.Outbox;
using Catalogue.Emulators.DataCite;
using Catalogue.Sync.DataCite;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// <c>sync datacite push|pull|status</c> and <c>emulate datacite --port N</c>: the server's own services, run once
/// from the command line. Results go to stdout, diagnostics to stderr.
/// </summary>
public static class DataCiteCli
{
    private static readonly Func<IServiceProvider, IEnumerable<Command>> Factory = services => [SyncCommand(services), EmulateCommand()];

    /// <summary>Idempotent: every host built in one process (tests build many) shares the static command list.</summary>
    public static void Register()
    {
        lock (CatalogueCli.ExtraCommandFactories)
            if (!CatalogueCli.ExtraCommandFactories.Contains(Factory)) CatalogueCli.ExtraCommandFactories.Add(Factory);
    }

    private static Command SyncCommand(IServiceProvider services)
    {
        var datacite = new Command("datacite", "Keep DOIs in step with DataCite. Configuration: DataCite:BaseUrl, DataCite:RepositoryId, DataCite:Password, DataCite:Prefix, DataCite:SchemaDirectory, Catalogue:PublicBaseUrl.");
        datacite.Subcommands.Add(Push(services));
        datacite.Subcommands.Add(Pull(services));
        datacite.Subcommands.Add(Status(services));
        return new CommandMount("sync", "Keep the catalogue in step with remote systems.", datacite);
    }

    private static Command Push(IServiceProvider services)
    {
        var all = new Option<bool>("--all") { Description = "Queue every record that has a DOI first (otherwise only what the outbox holds is pushed)." };
        var cmd = new Command("push", "Push pending DOI changes to DataCite now (drains the outbox): reserve, publish, update, hide.") { all };
        cmd.SetAction(async (parse, ct) =>
        {
            if (!Enabled(services)) return 2;
            using var scope = services.CreateScope();
            if (parse.GetValue(all))
            {
                var db = scope.ServiceProvider.GetRequiredService<Infrastructure.CatalogueDbContext>();
                var now = DateTime.UtcNow;
                var rows = db.Datasets.Where(d => d.Doi != null).Select(d => new { d.Id, d.Revision }).ToList();
                foreach (var r in rows)
                    db.Outbox.Add(new Infrastructure.Entities.OutboxMessageEntity { Target = DataCiteReconciler.Target, Operation = "push", DatasetId = r.Id, Revision = r.Revision, CreatedAt = now, NextAttemptAt = now });
                await db.SaveChangesAsync(ct);
                Console.Error.WriteLine($"Queued {rows.Count} record(s).");
            }
            var processed = await services.GetRequiredService<OutboxProcessor>().DrainAsync(ct);
            Console.WriteLine($"Processed {processed} outbox item(s).");
            return 0;
        });
        return cmd;
    }

    private static Command Pull(IServiceProvider services)
    {
        var org = new Option<string?>("--org") { Description = "Only the DOIs of one organisation (slug or id)." };
        var cmd = new Command("pull", "Read every DOI back from DataCite: state, Fabrica edits (taken or recorded as conflicts), view/download/citation counts.") { org };
        cmd.SetAction(async (parse, ct) =>
        {
            if (!Enabled(services)) return 2;
            using var scope = services.CreateScope();
            var workspace = scope.ServiceProvider.GetRequiredService<SyncWorkspace>();
            Guid? orgId = null;
            if (parse.GetValue(org) is { } key)
            {
                orgId = (await workspace.OrganizationsAsync(ct)).FirstOrDefault(o => o.Slug == key || o.Id.ToString() == key)?.Id;
                if (orgId is null) { Console.Error.WriteLine($"Unknown organisation '{key}'."); return 2; }
            }
            var report = await scope.ServiceProvider.GetRequiredService<DataCitePuller>().PullAsync(new PullRequest(orgId, null, false), workspace, ct);
            Console.WriteLine($"Seen {report.Seen}, updated {report.Updated}, conflicts {report.Conflicts}, unchanged {report.Unchanged}.");
            return 0;
        });
        return cmd;
    }

    private static Command Status(IServiceProvider services)
    {
        var cmd = new Command("status", "Pending, failed and conflicting DOIs.");
        cmd.SetAction(async (_, ct) =>
        {
            using var scope = services.CreateScope();
            foreach (var s in await scope.ServiceProvider.GetRequiredService<SyncStatusQueries>().TargetsAsync([DataCiteReconciler.Target], null, ct))
                Console.WriteLine($"{s.Target}: pending {s.Pending}, failed {s.Failed}, conflicts {s.Conflicts}, errors {s.Errors}, synced {s.Synced}"
                    + (s.LastError is null ? "" : $"\n  last error: {s.LastError}"));
            return 0;
        });
        return cmd;
    }

    private static Command EmulateCommand()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 7081 };
        var schema = new Option<string>("--schema") { Description = "Directory of the kernel-4.6 metadata.xsd (e.g. ../shared/datacite/schema/kernel-4.6).", Required = true };
        var repository = new Option<string>("--repository") { Description = "Repository account to accept.", DefaultValueFactory = _ => "DEMO.CATALOGUE" };
        var prefix = new Option<string>("--prefix") { Description = "DOI prefix of the repository.", DefaultValueFactory = _ => "10.99999" };
        var datacite = new Command("datacite", "Emulate the DataCite REST API until Ctrl+C.") { port, schema, repository, prefix };
        datacite.SetAction(async (parse, ct) =>
        {
            const string password = "demo-password";
            string repo = parse.GetValue(repository)!;
            await using var emulator = await DataCiteEmulator.StartAsync(new DataCiteEmulatorOptions
            {
                Port = parse.GetValue(port),
                SchemaDirectory = parse.GetValue(schema)!,
                Repositories = [new EmulatedRepository { Id = repo.ToLowerInvariant(), Password = password, Prefixes = [new EmulatedPrefix { Prefix = parse.GetValue(prefix)! }] }],
            }, ct);
            Console.WriteLine($"DataCite emulator listening on {emulator.BaseAddress}");
            Console.WriteLine($"  DataCite__BaseUrl={emulator.BaseAddress}");
            Console.WriteLine($"  DataCite__RepositoryId={repo}");
            Console.WriteLine($"  DataCite__Password={password}   (the emulator's demo password, not a secret)");
            Console.WriteLine($"  DataCite__Prefix={parse.GetValue(prefix)}");
            Console.WriteLine($"  DataCite__SchemaDirectory={parse.GetValue(schema)}");
            Console.WriteLine("Faults: POST /_emulator/faults; Fabrica edits: POST /_emulator/dois/{doi}/fabrica-edit. Ctrl+C to stop.");
            try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
            return 0;
        });
        return new CommandMount("emulate", "Run emulators of remote systems locally.", datacite);
    }

    private static bool Enabled(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<SyncTargetsOptions>>().Value.Enabled.Contains(DataCiteReconciler.Target)) return true;
        Console.Error.WriteLine("DataCite sync is not enabled: set Sync:Targets:Enabled to include \"datacite\" (e.g. Sync__Targets__Enabled__1=datacite).");
        return false;
    }
}

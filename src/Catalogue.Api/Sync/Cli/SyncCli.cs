using System.CommandLine;
using Catalogue.Api.Cli;
using Catalogue.Api.Services;
using Catalogue.Api.Sync.Outbox;
using Catalogue.Api.Sync.Udata;
using Catalogue.Sync.Engine;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Sync.Cli;

/// <summary>
/// <c>sync udata push|pull|status|onboard|resolve</c> and <c>emulate udata</c>: the same services as the server,
/// run once from the command line. Progress goes to stderr, results to stdout.
/// </summary>
public static class SyncCli
{
    private static readonly Func<IServiceProvider, IEnumerable<Command>> Factory = services => [SyncCommand(services), EmulateCli.Command()];

    /// <summary>Idempotent: every host built in one process (tests build many) shares the static command list.</summary>
    public static void Register()
    {
        lock (CatalogueCli.ExtraCommandFactories)
            if (!CatalogueCli.ExtraCommandFactories.Contains(Factory)) CatalogueCli.ExtraCommandFactories.Add(Factory);
    }

    private static Command SyncCommand(IServiceProvider services)
    {
        var sync = new Command("sync", "Keep the catalogue in step with remote systems.");
        var udata = new Command("udata", "Two-way sync with data.gouv.fr (udata). Configuration: Udata:BaseUrl, Udata:ApiKey, Sync:Udata:DefaultOrganizationId.");
        udata.Aliases.Add("datagouv");
        udata.Subcommands.Add(Push(services));
        udata.Subcommands.Add(Pull(services, onboard: false));
        udata.Subcommands.Add(Pull(services, onboard: true));
        udata.Subcommands.Add(Status(services));
        udata.Subcommands.Add(Resolve(services));
        sync.Subcommands.Add(udata);
        return sync;
    }

    private static Option<string> OrgOption(bool required) => new("--org") { Description = "Catalogue organisation slug (or id).", Required = required };

    private static Command Push(IServiceProvider services)
    {
        var org = OrgOption(false);
        var all = new Option<bool>("--all") { Description = "Queue every record first (otherwise only what the outbox holds is pushed)." };
        var cmd = new Command("push", "Push pending changes to data.gouv.fr now (drains the outbox).") { org, all };
        cmd.SetAction(async (parse, ct) =>
        {
            if (!Enabled(services)) return 2;
            using var scope = services.CreateScope();
            var commands = scope.ServiceProvider.GetRequiredService<SyncCommands>();
            Guid? orgId = await OrgIdAsync(scope.ServiceProvider, parse.GetValue(org), ct);
            if (parse.GetValue(org) is not null && orgId is null) return 2;
            if (parse.GetValue(all)) Console.Error.WriteLine($"Queued {await commands.EnqueueAllAsync(UdataReconciler.Target, orgId, ct)} record(s).");
            var processor = services.GetRequiredService<OutboxProcessor>();
            var done = 0;
            for (int n; (n = await processor.RunBatchAsync(ct)) > 0;)
            {
                done += n;
                Console.Error.Write($"\r{ProgressBar.Render(done, done + await PendingAsync(scope.ServiceProvider, ct))}");
            }
            Console.Error.WriteLine();
            Console.WriteLine($"Processed {done} outbox item(s).");
            return 0;
        });
        return cmd;
    }

    private static Command Pull(IServiceProvider services, bool onboard)
    {
        var org = OrgOption(onboard);
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only datasets modified after this instant (default: the last pull)." };
        var cmd = onboard
            ? new Command("onboard", "Import an organisation's existing data.gouv.fr datasets as new records (drafts unless publishable).") { org }
            : new Command("pull", "Take changes made on data.gouv.fr since the last pull, including deletions.") { org, since };
        cmd.SetAction(async (parse, ct) =>
        {
            if (!Enabled(services)) return 2;
            using var scope = services.CreateScope();
            Guid? orgId = await OrgIdAsync(scope.ServiceProvider, parse.GetValue(org), ct);
            if (parse.GetValue(org) is not null && orgId is null) return 2;
            var commands = scope.ServiceProvider.GetRequiredService<SyncCommands>();
            var progress = new Progress<PullProgress>(p => Console.Error.Write($"\rseen {p.Seen}, imported {p.Imported}, updated {p.Updated}"));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var report = await commands.PullAsync(commands.Find(UdataReconciler.Target)!, new PullRequest(orgId, onboard ? null : parse.GetValue(since), onboard, progress), ct);
            Console.Error.WriteLine();
            Console.WriteLine($"Seen {report.Seen}, imported {report.Imported}, updated {report.Updated}, withdrawn {report.Withdrawn}, conflicts {report.Conflicts}, unchanged {report.Unchanged}, left to queued pushes {report.Deferred}"
                + string.Create(System.Globalization.CultureInfo.InvariantCulture, $", in {clock.Elapsed.TotalSeconds:F1} s."));
            return 0;
        });
        return cmd;
    }

    private static Command Status(IServiceProvider services)
    {
        var org = OrgOption(false);
        var cmd = new Command("status", "Pending, failed and conflicting records for data.gouv.fr.") { org };
        cmd.SetAction(async (parse, ct) =>
        {
            using var scope = services.CreateScope();
            Guid? orgId = await OrgIdAsync(scope.ServiceProvider, parse.GetValue(org), ct);
            var queries = scope.ServiceProvider.GetRequiredService<SyncStatusQueries>();
            foreach (var s in await queries.TargetsAsync([UdataReconciler.Target], orgId, ct))
                Console.WriteLine($"{s.Target}: pending {s.Pending}, failed {s.Failed}, conflicts {s.Conflicts}, errors {s.Errors}, synced {s.Synced}, remote-deleted {s.RemoteDeleted}"
                    + (s.LastError is null ? "" : $"\n  last error: {s.LastError}"));
            return 0;
        });
        return cmd;
    }

    private static Command Resolve(IServiceProvider services)
    {
        var id = new Argument<Guid>("dataset") { Description = "The record's id." };
        var choose = new Option<string>("--choose") { Description = "local or remote", Required = true };
        var field = new Option<string?>("--field") { Description = "One field (default: every conflicting field)." };
        var cmd = new Command("resolve", "Settle a recorded conflict by choosing a side.") { id, choose, field };
        cmd.SetAction(async (parse, ct) =>
        {
            var side = parse.GetValue(choose) switch { "local" => ConflictSide.Local, "remote" => ConflictSide.Remote, _ => (ConflictSide?)null };
            if (side is null) { Console.Error.WriteLine("--choose is local or remote."); return 2; }
            using var scope = services.CreateScope();
            try
            {
                var state = await scope.ServiceProvider.GetRequiredService<SyncCommands>().ResolveAsync(parse.GetValue(id), UdataReconciler.Target, parse.GetValue(field), side.Value, ct);
                Console.WriteLine($"Resolved; {state.Conflicts.Count} conflict(s) left. Run 'sync udata push' (or let the server) to apply it.");
                return 0;
            }
            catch (NotFoundException e) { Console.Error.WriteLine(e.Message); return 2; }
        });
        return cmd;
    }

    private static bool Enabled(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<SyncTargetsOptions>>().Value.Enabled.Contains(UdataReconciler.Target)) return true;
        Console.Error.WriteLine("data.gouv.fr sync is not enabled: set Sync:Targets:Enabled to include \"udata\" (e.g. Sync__Targets__Enabled__0=udata).");
        return false;
    }

    private static async Task<Guid?> OrgIdAsync(IServiceProvider scoped, string? key, CancellationToken ct)
    {
        if (key is null) return null;
        var org = (await scoped.GetRequiredService<SyncWorkspace>().OrganizationsAsync(ct)).FirstOrDefault(o => o.Slug == key || o.Id.ToString() == key);
        if (org is null) Console.Error.WriteLine($"Unknown organisation '{key}'.");
        return org?.Id;
    }

    private static Task<int> PendingAsync(IServiceProvider scoped, CancellationToken ct) =>
        scoped.GetRequiredService<SyncStatusQueries>().TargetsAsync([UdataReconciler.Target], null, ct).ContinueWith(t => t.Result[0].Pending, ct);
}

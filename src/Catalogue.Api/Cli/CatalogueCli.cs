using System.CommandLine;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Cli;

/// <summary>
/// Commands of the server's executable (<c>Catalogue.Api keys create …</c>): the same configuration and
/// database as the server, no HTTP. Anything else starts the server.
/// </summary>
public static partial class CatalogueCli
{
    private static readonly string[] Commands = ["keys", "sync", "emulate", "help", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>
    /// Commands keep their own arguments away from the host's configuration parser. They also do without reloading
    /// the configuration on change: that watches the working directory, and a bulk import run from the database's
    /// directory would otherwise have the file watcher woken for every write to the database and its WAL.
    /// </summary>
    public static string[] HostArguments(string[] args) =>
        IsCommand(args) || args is [ImportCommand.Name, ..] ? ["--hostBuilder:reloadConfigOnChange=false"] : args;

    public static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var root = new RootCommand("Health data catalogue server. Without a command it serves HTTP (use --urls to choose the address).");
        root.Subcommands.Add(KeysCommand(services));
        foreach (var extra in ExtraCommands(services)) root.Subcommands.Add(extra);
        if (args[0] == "help") args = ["--help"];
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>Commands contributed by other parts of the host (sync, emulators).</summary>
    private static IEnumerable<Command> ExtraCommands(IServiceProvider services) => Sync.DataCite.CliCommandMerge.Merge(ExtraCommandFactories.SelectMany(f => f(services)));

    public static readonly List<Func<IServiceProvider, IEnumerable<Command>>> ExtraCommandFactories = new();

    private static Command KeysCommand(IServiceProvider services)
    {
        var keys = new Command("keys", "Manage API keys.");

        var role = new Option<string>("--role") { Description = "admin or editor", Required = true };
        var org = new Option<string[]>("--org") { Description = "Organisation slug or id an editor may write to (repeatable).", AllowMultipleArgumentsPerToken = true };
        var name = new Option<string>("--name") { Description = "A name to recognise the key by.", DefaultValueFactory = _ => "cli" };
        var create = new Command("create", "Create a key and print it once.") { role, org, name };
        create.SetAction(async (parse, ct) =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var orgIds = new List<Guid>();
            foreach (var o in parse.GetValue(org) ?? [])
            {
                var id = Guid.TryParse(o, out var g) ? g : await db.Organizations.Where(x => x.Slug == o).Select(x => x.Id).FirstOrDefaultAsync(ct);
                if (id == Guid.Empty || !await db.Organizations.AnyAsync(x => x.Id == id, ct)) { Console.Error.WriteLine($"Unknown organisation '{o}'."); return 2; }
                orgIds.Add(id);
            }
            try
            {
                var issued = await ApiKeys.CreateAsync(db, parse.GetValue(name)!, parse.GetValue(role)!, orgIds, ct);
                Console.WriteLine(issued.Key);
                Console.Error.WriteLine($"Created {issued.Role} key {issued.Id} ('{issued.Name}'). It is shown only this once.");
                return 0;
            }
            catch (ArgumentException e) { Console.Error.WriteLine(e.Message); return 2; }
        });

        var list = new Command("list", "List keys (never their secrets).");
        list.SetAction(async (_, ct) =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            foreach (var k in await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct))
                Console.WriteLine($"{k.Id}  {k.Role,-6}  {(k.RevokedAt is null ? "active " : "revoked")}  {k.Name}");
            return 0;
        });

        var idArg = new Argument<Guid>("id") { Description = "The key's id." };
        var revoke = new Command("revoke", "Revoke a key.") { idArg };
        revoke.SetAction(async (parse, ct) =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var row = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == parse.GetValue(idArg), ct);
            if (row is null) { Console.Error.WriteLine("No such key."); return 2; }
            row.RevokedAt ??= DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            return 0;
        });

        keys.Subcommands.Add(create);
        keys.Subcommands.Add(list);
        keys.Subcommands.Add(revoke);
        return keys;
    }
}

using System.CommandLine;
using Catalogue.Emulators.Udata;

namespace Catalogue.Api.Sync.Cli;

/// <summary>
/// <c>emulate udata --port N</c>: an in-memory data.gouv.fr on 127.0.0.1 with a demo account, so the catalogue
/// can be tried offline (point Udata:BaseUrl at it and use the printed key).
/// </summary>
public static class EmulateCli
{
    public static Command Command()
    {
        var emulate = new Command("emulate", "Run emulators of remote systems locally.");
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 7080 };
        var udata = new Command("udata", "Emulate data.gouv.fr (udata API v1) until Ctrl+C.") { port };
        udata.SetAction(async (parse, ct) =>
        {
            await using var emulator = await UdataEmulator.StartAsync(new UdataEmulatorOptions { Port = parse.GetValue(port), SeedDemoAccount = true }, ct);
            Console.WriteLine($"data.gouv.fr emulator listening on {emulator.BaseAddress}");
            Console.WriteLine($"  Udata__BaseUrl={emulator.ApiRoot}");
            Console.WriteLine($"  Udata__ApiKey={UdataEmulatorOptions.DemoApiKey}   (the emulator's demo key, not a secret)");
            Console.WriteLine($"  Sync__Udata__DefaultOrganizationId={UdataEmulatorOptions.DemoOrganizationId}");
            Console.WriteLine("Faults: PUT /_emulator/faults; website edits: POST /_emulator/datasets/{id}/human-edit. Ctrl+C to stop.");
            try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
            return 0;
        });
        emulate.Subcommands.Add(udata);
        return emulate;
    }
}

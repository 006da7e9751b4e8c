using System.CommandLine;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Subcommands contributed under a top-level command another part of the host may also build
/// (<c>sync datacite</c> next to <c>sync udata</c>, <c>emulate datacite</c> next to <c>emulate udata</c>).
/// The children are held outside the command tree until mounted: a command found through two parents
/// would not see the root's recursive options such as <c>--help</c>.
/// </summary>
public sealed class CommandMount(string name, string description, params Command[] children) : Command(name, description)
{
    public IReadOnlyList<Command> Children { get; } = children;
}

/// <summary>Mounts every <see cref="CommandMount"/> into the same-named command (created when nobody else built it).</summary>
public static class CliCommandMerge
{
    public static IEnumerable<Command> Merge(IEnumerable<Command> commands)
    {
        var all = commands.ToList();
        var merged = all.Where(c => c is not CommandMount).ToList();
        foreach (var mount in all.OfType<CommandMount>())
        {
            var target = merged.FirstOrDefault(c => c.Name == mount.Name);
            if (target is null) merged.Add(target = new Command(mount.Name, mount.Description));
            foreach (var child in mount.Children.Where(child => target.Subcommands.All(s => s.Name != child.Name)))
                target.Subcommands.Add(child);
        }
        return merged;
    }
}

using System.CommandLine;

namespace Catalogue.Api.Sync.DataCite;

/// <summary>
/// Several parts of the host contribute subcommands under the same top-level command (<c>sync udata …</c>,
/// <c>sync datacite …</c>; <c>emulate udata</c>, <c>emulate datacite</c>). Each builds its own <c>sync</c>
/// command, so same-named commands are merged into one before they are added to the root.
/// </summary>
public static class CliCommandMerge
{
    public static IEnumerable<Command> Merge(IEnumerable<Command> commands)
    {
        var merged = new List<Command>();
        foreach (var command in commands)
        {
            var first = merged.FirstOrDefault(c => c.Name == command.Name);
            if (first is null) { merged.Add(command); continue; }
            foreach (var sub in command.Subcommands.ToList())
                if (first.Subcommands.All(s => s.Name != sub.Name)) first.Subcommands.Add(sub);
        }
        return merged;
    }
}

namespace Catalogue.Bench.Feeds;

/// <summary>--name value pairs; nothing fancier is needed here.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < list.Count; i += 2)
            if (list[i].StartsWith("--")) values[list[i][2..]] = list[i + 1];
        return new Options(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v) : fallback;
    public long Long(string name, long fallback) => values.TryGetValue(name, out var v) ? long.Parse(v) : fallback;
    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);
}

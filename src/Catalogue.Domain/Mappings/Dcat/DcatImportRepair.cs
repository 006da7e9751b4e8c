using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;

namespace Catalogue.Domain.Mappings.Dcat;

/// <summary>
/// Harvested records break our rules in optional places (an ftp: link, "poststelle(at)…" as an e-mail, a 300-character
/// keyword, a sha3 checksum). Rejecting the whole dataset for that would lose it; instead the offending value is
/// dropped with a warning, and if its object is still invalid without it (a distribution without a usable access URL),
/// the object goes too. Only the dataset's identity and title are never dropped: their errors reject the dataset.
/// </summary>
public static partial class DcatImportRepair
{
    private static readonly HashSet<string> Essential = ["identifier", "title", "description", "organizationId", "slug"];
    private const int MaxRounds = 50;

    public static void Repair(ImportedDataset item)
    {
        if (item.Record is null) return;
        var removed = new HashSet<string>();
        for (var round = 0; round < MaxRounds; round++)
        {
            var candidate = RecordJson.Clone(item.Record);
            RecordDefaults.Apply(candidate);
            var errors = RecordValidator.Validate(candidate).Where(i => i.Severity == IssueSeverity.Error).ToList();
            if (errors.Count == 0) return;
            var fatal = errors.FirstOrDefault(e => Essential.Contains(Root(e.Path)));
            if (fatal is not null) { item.Reject(fatal.Path, fatal.Message); return; }

            // One removal per round: indices of later errors shift once an array element goes.
            var error = errors[0];
            var path = removed.Add(error.Path) ? error.Path : Parent(error.Path);
            if (path is null || !Remove(item, path)) { item.Reject(error.Path, error.Message); return; }
            item.Warn(error.Path, $"Dropped: {error.Message}");
        }
    }

    private static bool Remove(ImportedDataset item, string path)
    {
        var json = JsonNode.Parse(RecordJson.Serialize(item.Record!))!;
        var segments = Segments(path);
        JsonNode? parent = json;
        foreach (var segment in segments[..^1]) parent = segment is int i ? parent?.AsArray().ElementAtOrDefault(i) : parent?[(string)segment];
        switch (parent, segments[^1])
        {
            case (JsonArray array, int index) when index < array.Count: array.RemoveAt(index); break;
            case (JsonObject obj, string name) when obj.ContainsKey(name): obj.Remove(name); break;
            default: return false;
        }
        item.Record = RecordJson.Deserialize(json.ToJsonString());
        return true;
    }

    private static object[] Segments(string path) =>
        SegmentPattern().Matches(path).Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value)).ToArray();

    private static string Root(string path) => Segments(path).FirstOrDefault() as string ?? "";

    /// <summary>"distributions[0].accessUrl" → "distributions[0]"; "keywords.fr[7]" → "keywords.fr".</summary>
    private static string? Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : null;
    }

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")] private static partial Regex SegmentPattern();
}

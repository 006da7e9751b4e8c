using System.Text.Json.Nodes;
using Catalogue.Domain.Model;

namespace Catalogue.Domain.Rules;

/// <summary>One changed field between two versions of a record, as JSON values.</summary>
public sealed record FieldChange(string Path, JsonNode? Before, JsonNode? After);

/// <summary>
/// Field-level difference of two records over their JSON form: what a revision says changed, what a diff
/// endpoint shows. Lists of objects are compared by position; bookkeeping fields are ignored.
/// </summary>
public static class RecordDiff
{
    private static readonly HashSet<string> Ignored = new() { "revision", "modifiedAt" };

    public static IReadOnlyList<FieldChange> Compare(DatasetRecord? before, DatasetRecord after) =>
        Compare(before is null ? null : JsonNode.Parse(RecordJson.Serialize(before)), JsonNode.Parse(RecordJson.Serialize(after)));

    public static IReadOnlyList<FieldChange> Compare(JsonNode? before, JsonNode? after)
    {
        var changes = new List<FieldChange>();
        Walk("", before, after, changes);
        return changes;
    }

    private static void Walk(string path, JsonNode? a, JsonNode? b, List<FieldChange> changes)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
            {
                if (path.Length == 0 && Ignored.Contains(key)) continue;
                Walk(path.Length == 0 ? key : $"{path}.{key}", oa[key], ob[key], changes);
            }
            return;
        }
        if (a is JsonArray la && b is JsonArray lb && la.Count == lb.Count)
        {
            for (var i = 0; i < la.Count; i++) Walk($"{path}[{i}]", la[i], lb[i], changes);
            return;
        }
        if (!JsonNode.DeepEquals(a, b)) changes.Add(new(path, a?.DeepClone(), b?.DeepClone()));
    }
}

using System.Text.Json.Nodes;

namespace Catalogue.Emulators.Udata;

/// <summary>The timestamp rules of contract §5.</summary>
internal static class DatasetTimestamps
{
    /// <summary>An API edit: moves <c>internal.last_modified_internal</c>, then recomputes the derived dates.</summary>
    public static void Touch(JsonObject dataset, string now)
    {
        if (dataset["internal"] is not JsonObject times) dataset["internal"] = times = new JsonObject { ["created_at_internal"] = now };
        times["last_modified_internal"] = now;
        Recompute(dataset);
    }

    public static void Initialise(JsonObject dataset, string now)
    {
        dataset["created_at"] = now;
        dataset["internal"] = new JsonObject { ["created_at_internal"] = now, ["last_modified_internal"] = now };
        Recompute(dataset);
    }

    /// <summary>
    /// <c>last_modified</c> = harvest.modified_at or last_modified_internal; <c>last_update</c> = the
    /// latest resource <c>last_modified</c>, else the dataset's (so metadata-only edits do not move it
    /// when resources exist).
    /// </summary>
    public static void Recompute(JsonObject dataset)
    {
        string? harvested = dataset["harvest"] is JsonObject harvest ? (string?)harvest["modified_at"] : null;
        string? modified = harvested ?? (dataset["internal"] as JsonObject)?["last_modified_internal"]?.GetValue<string>();
        dataset["last_modified"] = modified;
        DateTimeOffset? latestResource = (dataset["resources"] as JsonArray)?.OfType<JsonObject>()
            .Select(r => UdataTime.Parse((string?)r["last_modified"])).Where(d => d is not null).Max();
        dataset["last_update"] = latestResource is { } latest ? UdataTime.Format(latest) : modified;
    }
}

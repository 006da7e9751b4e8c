namespace Catalogue.Sync.Engine;

/// <summary>
/// Per-field merge against the last synced snapshot: changed only here → push; only there → take;
/// on both sides to different values → conflict; on both sides to the same value → nothing to do.
/// </summary>
public static class ThreeWayMerge
{
    public static MergePlan Plan(SyncSnapshot? baseline, FieldSet local, FieldSet remote, DateTimeOffset now)
    {
        var plan = new MergePlan();
        var fields = local.Keys.Union(remote.Keys, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            string? l = local.Get(field), r = remote.Get(field);
            if (l == r) continue;
            if (baseline is null)
            {
                // Never synced: our record is the source of truth for a dataset we publish.
                plan.Push.Add(field);
                continue;
            }
            bool localChanged = baseline.Local.Get(field) != l;
            bool remoteChanged = baseline.Remote.Get(field) != r;
            if (localChanged && remoteChanged)
                plan.Conflicts.Add(new FieldConflict(field, baseline.Local.Get(field), baseline.Remote.Get(field), l, r, now));
            else if (remoteChanged) plan.Take.Add(field);
            else if (localChanged) plan.Push.Add(field);
            // Neither changed yet they differ: a lossy mapping (draft vs public dataset). Leave both alone.
        }
        return plan;
    }
}

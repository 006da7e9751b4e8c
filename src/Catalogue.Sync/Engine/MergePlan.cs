namespace Catalogue.Sync.Engine;

/// <summary>What a two-way sync of one dataset must do, field by field.</summary>
public sealed class MergePlan
{
    /// <summary>Changed here only: send our value.</summary>
    public HashSet<string> Push { get; } = new(StringComparer.Ordinal);
    /// <summary>Changed there only: take theirs into a new revision.</summary>
    public HashSet<string> Take { get; } = new(StringComparer.Ordinal);
    /// <summary>Changed on both sides, differently: recorded, neither side touched.</summary>
    public List<FieldConflict> Conflicts { get; } = new();

    public bool HasConflicts => Conflicts.Count > 0;
    public bool NeedsRemoteWrite => Push.Count > 0;
    public bool NeedsLocalWrite => Take.Count > 0;

    /// <summary>
    /// The values the remote should hold after the push: ours for pushed fields, theirs for everything else
    /// (taken and conflicting fields are never overwritten remotely).
    /// </summary>
    public FieldSet RemoteTarget(FieldSet local, FieldSet remote)
    {
        var target = new FieldSet(remote);
        foreach (var field in Push) target[field] = local.Get(field);
        return target;
    }

    /// <summary>
    /// The baselines after the sync: agreed fields move to the new values, conflicting ones keep their old
    /// baselines so they stay conflicting until resolved.
    /// </summary>
    public SyncSnapshot NextSnapshot(SyncSnapshot? previous, FieldSet localAfter, FieldSet remoteAfter)
    {
        var next = new SyncSnapshot { Local = new FieldSet(localAfter), Remote = new FieldSet(remoteAfter) };
        foreach (var c in Conflicts)
        {
            next.Local[c.Field] = previous?.Local.Get(c.Field);
            next.Remote[c.Field] = previous?.Remote.Get(c.Field);
        }
        return next;
    }
}

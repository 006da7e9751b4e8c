namespace Catalogue.Sync.Engine;

/// <summary>
/// Resolving a conflict moves one side's baseline so the next sync sees a one-sided change: choosing local
/// makes the remote look unchanged (ours is pushed); choosing remote makes ours look unchanged (theirs is taken).
/// </summary>
public static class ConflictResolution
{
    public static SyncSnapshot Resolve(SyncSnapshot snapshot, FieldConflict conflict, ConflictSide side)
    {
        if (side == ConflictSide.Local) snapshot.Remote[conflict.Field] = conflict.Remote;
        else snapshot.Local[conflict.Field] = conflict.Local;
        return snapshot;
    }
}

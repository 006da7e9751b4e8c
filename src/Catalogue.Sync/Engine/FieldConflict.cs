namespace Catalogue.Sync.Engine;

/// <summary>
/// One field changed on both sides, differently, since the last sync. Neither side is overwritten until an
/// editor picks one (see <see cref="ConflictResolution"/>).
/// </summary>
public sealed record FieldConflict(string Field, string? BaseLocal, string? BaseRemote, string? Local, string? Remote, DateTimeOffset DetectedAt);

public enum ConflictSide { Local, Remote }

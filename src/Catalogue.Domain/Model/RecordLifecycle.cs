namespace Catalogue.Domain.Model;

/// <summary>Lifecycle actions a record can take; the checks that need the database live in the host.</summary>
public enum LifecycleAction { Submit, ReturnToDraft, Publish, Withdraw }

/// <summary>
/// Draft → in review → published → withdrawn. A published record is never hard-deleted: withdrawing leaves a
/// tombstone that feeds still show as withdrawn, and it may be published again.
/// </summary>
public static class RecordLifecycle
{
    public static RecordStatus? Next(RecordStatus from, LifecycleAction action) => (from, action) switch
    {
        (RecordStatus.Draft, LifecycleAction.Submit) => RecordStatus.InReview,
        (RecordStatus.InReview, LifecycleAction.ReturnToDraft) => RecordStatus.Draft,
        (RecordStatus.Draft or RecordStatus.InReview or RecordStatus.Withdrawn, LifecycleAction.Publish) => RecordStatus.Published,
        (RecordStatus.Published, LifecycleAction.Withdraw) => RecordStatus.Withdrawn,
        _ => null,
    };

    /// <summary>Only records that were never published may be deleted for good.</summary>
    public static bool CanHardDelete(DatasetRecord r) => r.FirstPublishedAt is null && r.Status is RecordStatus.Draft or RecordStatus.InReview;

    /// <summary>Visible to everyone; drafts and records in review are visible to their organisation only.</summary>
    public static bool IsPublic(RecordStatus s) => s is RecordStatus.Published or RecordStatus.Withdrawn;
}

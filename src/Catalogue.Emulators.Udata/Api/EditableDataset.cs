using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>The checks every resource write shares: key, dataset lookup, not deleted, edit permission.</summary>
internal static class EditableDataset
{
    /// <summary>Runs <paramref name="edit"/> under the state lock once all checks pass.</summary>
    public static IResult Run(HttpContext http, UdataEmulatorState state, string idOrSlug, Func<StoredDataset, string, IResult> edit)
    {
        if (!Caller.TryRequire(http, state, out EmulatorUser user, out IResult? failure)) return failure!;
        lock (state.Gate)
        {
            (StoredDataset? dataset, IResult? notFound) = DatasetLookup.Find(http, state, idOrSlug, user, forWrite: true);
            if (dataset is null) return notFound!;
            if (dataset.IsDeleted) return Replies.DatasetGone();
            if (!dataset.CanBeEditedBy(user)) return dataset.IsPrivate ? Replies.DatasetNotFound() : Replies.Forbidden();
            return edit(dataset, UdataTime.Format(state.Time.Now()));
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// <c>{dataset}</c> in a path: id first, then slug; an old slug answers 308 to the canonical URL
/// (contract §1.1). Then the visibility rules: private → 404 and deleted → 410 for non-editors.
/// Callers hold the state lock.
/// </summary>
internal static class DatasetLookup
{
    public static (StoredDataset? Dataset, IResult? Failure) Find(HttpContext http, UdataEmulatorState state, string idOrSlug, EmulatorUser? user, bool forWrite)
    {
        StoredDataset? dataset = state.FindDatasetById(idOrSlug) ?? state.FindDatasetBySlug(idOrSlug);
        if (dataset is null)
        {
            StoredDataset? moved = state.FindDatasetByOldSlug(idOrSlug);
            if (moved is null) return (null, Replies.DatasetNotFound());
            string path = http.Request.Path.Value!;
            int at = path.IndexOf(idOrSlug, StringComparison.OrdinalIgnoreCase);
            string target = path[..at] + moved.Slug + path[(at + idOrSlug.Length)..] + http.Request.QueryString;
            http.Response.Headers.Location = target;
            return (null, Results.StatusCode(StatusCodes.Status308PermanentRedirect));
        }
        bool canEdit = dataset.CanBeEditedBy(user);
        if (!forWrite)
        {
            if (dataset.IsDeleted && !canEdit) return (null, Replies.DatasetGone());
            if (dataset.IsPrivate && !canEdit) return (null, Replies.DatasetNotFound());
        }
        return (dataset, null);
    }

    public static JsonObject Render(HttpContext http, StoredDataset dataset) => DatasetRenderer.Render(dataset, Caller.Origin(http));

    /// <summary>As <see cref="Render(HttpContext, StoredDataset)"/>, under the request's <c>X-Fields</c> mask if any.</summary>
    public static JsonObject Render(HttpContext http, StoredDataset dataset, FieldMask? mask) => DatasetRenderer.Render(dataset, Caller.Origin(http), mask);
}

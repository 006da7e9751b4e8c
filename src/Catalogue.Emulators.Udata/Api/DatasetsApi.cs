using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.Emulators.Udata;

/// <summary>Dataset endpoints of contract §3.1.</summary>
internal static class DatasetsApi
{
    public static void Map(IEndpointRouteBuilder api, UdataEmulatorState state)
    {
        api.MapGet("/datasets/", (HttpContext http) => List(http, state));
        // The cast keeps the IResult: a Func<HttpContext, Task<IResult>> would bind as a RequestDelegate and be discarded.
        api.MapPost("/datasets/", (Delegate)((HttpContext http) => CreateAsync(http, state)));
        api.MapGet("/datasets/{dataset}/", (HttpContext http, string dataset) => Get(http, state, dataset));
        api.MapPut("/datasets/{dataset}/", (HttpContext http, string dataset) => UpdateAsync(http, state, dataset));
        api.MapDelete("/datasets/{dataset}/", (HttpContext http, string dataset) => Delete(http, state, dataset));
        api.MapGet("/organizations/{org}/datasets/", (HttpContext http, string org) => ListForOrganization(http, state, org));
    }

    private static IResult List(HttpContext http, UdataEmulatorState state) =>
        Caller.TryIdentify(http, state, out EmulatorUser? user, out IResult? failure)
            ? DatasetListing.List(http, state, user, null)
            : failure!;

    private static IResult ListForOrganization(HttpContext http, UdataEmulatorState state, string org)
    {
        if (!Caller.TryIdentify(http, state, out EmulatorUser? user, out IResult? failure)) return failure!;
        string? id;
        lock (state.Gate) id = (string?)state.FindOrganization(org)?["id"];
        return id is null ? Replies.Message(404, "Organization not found") : DatasetListing.List(http, state, user, id);
    }

    private static IResult Get(HttpContext http, UdataEmulatorState state, string idOrSlug)
    {
        if (!Caller.TryIdentify(http, state, out EmulatorUser? user, out IResult? failure)) return failure!;
        lock (state.Gate)
        {
            (StoredDataset? dataset, IResult? notFound) = DatasetLookup.Find(http, state, idOrSlug, user, forWrite: false);
            return dataset is null ? notFound! : Replies.Json(DatasetLookup.Render(http, dataset, FieldMask.FromHeader(http)));
        }
    }

    /// <summary>The server-owned members a new dataset starts with (before the form's fields are applied).</summary>
    internal static JsonObject NewDocument(string id) => new()
    {
        ["id"] = id, ["deleted"] = null, ["archived"] = null, ["featured"] = false, ["badges"] = new JsonArray(),
        ["resources"] = new JsonArray(), ["harvest"] = null, ["schema"] = null,
        ["metrics"] = new JsonObject { ["discussions"] = 0, ["followers"] = 0, ["resources_downloads"] = 0, ["reuses"] = 0, ["views"] = 0 },
    };

    private static async Task<IResult> CreateAsync(HttpContext http, UdataEmulatorState state)
    {
        if (!Caller.TryRequire(http, state, out EmulatorUser user, out IResult? failure)) return failure!;
        (JsonNode? body, IResult? invalid) = await JsonBody.ReadAsync(http.Request);
        if (invalid is not null) return invalid;
        lock (state.Gate)
        {
            string id = UdataEmulatorState.NewObjectId();
            var document = NewDocument(id);
            IResult? rejected = DatasetForm.Apply((JsonObject)body!, document, null, user, state);
            if (rejected is not null) return rejected;
            document["slug"] = state.UniqueSlug((string)document["title"]!, null);
            DatasetTimestamps.Initialise(document, UdataTime.Format(state.Time.Now()));
            var dataset = new StoredDataset(id, document);
            state.AddDataset(dataset);
            return Replies.Json(DatasetLookup.Render(http, dataset), StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, UdataEmulatorState state, string idOrSlug)
    {
        if (!Caller.TryRequire(http, state, out EmulatorUser user, out IResult? failure)) return failure!;
        (JsonNode? body, IResult? invalid) = await JsonBody.ReadAsync(http.Request);
        if (invalid is not null) return invalid;
        var request = (JsonObject)body!;
        lock (state.Gate)
        {
            (StoredDataset? dataset, IResult? notFound) = DatasetLookup.Find(http, state, idOrSlug, user, forWrite: true);
            if (dataset is null) return notFound!;
            bool restoring = request.TryGetPropertyValue("deleted", out JsonNode? deleted) && deleted is null;
            if (dataset.IsDeleted && !restoring) return Replies.DatasetGone();
            if (!dataset.CanBeEditedBy(user)) return dataset.IsPrivate ? Replies.DatasetNotFound() : Replies.Forbidden();

            var updated = (JsonObject)dataset.Document.DeepClone();
            IResult? rejected = DatasetForm.Apply(request, updated, dataset, user, state);
            if (rejected is not null) return rejected;
            if (restoring) updated["deleted"] = null;
            string newSlug = state.UniqueSlug((string)updated["title"]!, dataset.Id);
            if (!string.Equals(newSlug, dataset.Slug, StringComparison.OrdinalIgnoreCase) && (string?)dataset.Document["title"] != (string?)updated["title"])
            {
                dataset.OldSlugs.Add(dataset.Slug);
                updated["slug"] = newSlug;
            }
            DatasetTimestamps.Touch(updated, UdataTime.Format(state.Time.Now()));
            dataset.Document = updated;
            return Replies.Json(DatasetLookup.Render(http, dataset));
        }
    }

    private static IResult Delete(HttpContext http, UdataEmulatorState state, string idOrSlug)
    {
        if (!Caller.TryRequire(http, state, out EmulatorUser user, out IResult? failure)) return failure!;
        lock (state.Gate)
        {
            (StoredDataset? dataset, IResult? notFound) = DatasetLookup.Find(http, state, idOrSlug, user, forWrite: true);
            if (dataset is null) return notFound!;
            if (dataset.IsDeleted) return Replies.DatasetGone();
            if (!dataset.CanBeEditedBy(user)) return dataset.IsPrivate ? Replies.DatasetNotFound() : Replies.Forbidden();
            string now = UdataTime.Format(state.Time.Now());
            dataset.Document["deleted"] = now;
            DatasetTimestamps.Touch(dataset.Document, now);
            return Replies.NoContent();
        }
    }
}

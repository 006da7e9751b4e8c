using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.Emulators.Udata;

/// <summary>Resource endpoints of contract §3.1 (uploads are in <see cref="UploadsApi"/>).</summary>
internal static class ResourcesApi
{
    public static void Map(IEndpointRouteBuilder api, UdataEmulatorState state)
    {
        api.MapPost("/datasets/{dataset}/resources/", (HttpContext http, string dataset) => CreateAsync(http, state, dataset));
        api.MapPut("/datasets/{dataset}/resources/", (HttpContext http, string dataset) => ReorderAsync(http, state, dataset));
        api.MapGet("/datasets/{dataset}/resources/{rid}/", (HttpContext http, string dataset, string rid) => Get(http, state, dataset, rid));
        api.MapPut("/datasets/{dataset}/resources/{rid}/", (HttpContext http, string dataset, string rid) => UpdateAsync(http, state, dataset, rid));
        api.MapDelete("/datasets/{dataset}/resources/{rid}/", (HttpContext http, string dataset, string rid) => Delete(http, state, dataset, rid));
        api.MapGet("/datasets/r/{rid}", (string rid) => Latest(state, rid));
    }

    /// <summary>v2 <c>GET /api/2/datasets/resources/{rid}/</c>: <c>{"resource": …, "dataset_id": …}</c>.</summary>
    public static void MapV2(IEndpointRouteBuilder apiV2, UdataEmulatorState state) =>
        apiV2.MapGet("/datasets/resources/{rid}/", (HttpContext http, string rid) =>
        {
            if (!Caller.TryIdentify(http, state, out EmulatorUser? user, out IResult? failure)) return failure!;
            lock (state.Gate)
            {
                foreach (StoredDataset dataset in state.Datasets)
                {
                    if (dataset.FindResource(rid) is not { } resource) continue;
                    if ((dataset.IsPrivate || dataset.IsDeleted) && !dataset.CanBeEditedBy(user)) break;
                    return Replies.Json(new JsonObject
                    {
                        ["resource"] = DatasetRenderer.RenderResource(resource, Caller.Origin(http)),
                        ["dataset_id"] = dataset.Id,
                    });
                }
            }
            return Replies.ResourceNotFound();
        });

    private static async Task<IResult> CreateAsync(HttpContext http, UdataEmulatorState state, string idOrSlug)
    {
        (JsonNode? body, IResult? invalid) = await JsonBody.ReadAsync(http.Request);
        return EditableDataset.Run(http, state, idOrSlug, (dataset, now) =>
        {
            if (invalid is not null) return invalid;
            (JsonObject? resource, IResult? rejected) = ResourceForm.CreateRemote((JsonObject)body!, now);
            if (resource is null) return rejected!;
            dataset.Resources.Insert(0, resource); // newest first
            DatasetTimestamps.Touch(dataset.Document, now);
            return Replies.Json(DatasetRenderer.RenderResource(resource, Caller.Origin(http)), StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> ReorderAsync(HttpContext http, UdataEmulatorState state, string idOrSlug)
    {
        (JsonNode? body, IResult? invalid) = await JsonBody.ReadAsync(http.Request, expectArray: true);
        return EditableDataset.Run(http, state, idOrSlug, (dataset, _) =>
        {
            if (invalid is not null) return invalid;
            var ids = ((JsonArray)body!).Select(e => e is JsonObject o ? FormValues.AsString(o["id"]) : FormValues.AsString(e)).ToList();
            var current = dataset.Resources.OfType<JsonObject>().ToList();
            if (ids.Count != current.Count)
                return Replies.Message(400, $"All resources must be reordered, you provided {ids.Count} out of {current.Count}");
            var ordered = new List<JsonObject>();
            foreach (string? id in ids)
            {
                JsonObject? resource = current.FirstOrDefault(r => string.Equals((string?)r["id"], id, StringComparison.OrdinalIgnoreCase));
                if (resource is null || ordered.Contains(resource)) return Replies.Message(400, $"Resource {id} does not belong to this dataset");
                ordered.Add(resource);
            }
            // A reorder is a plain form save: it does not move last_modified_internal (contract §5).
            dataset.Resources.Clear();
            foreach (JsonObject resource in ordered) dataset.Resources.Add(resource);
            Uri origin = Caller.Origin(http);
            return Replies.Json(new JsonArray(ordered.Select(r => (JsonNode)DatasetRenderer.RenderResource(r, origin)).ToArray()));
        });
    }

    private static IResult Get(HttpContext http, UdataEmulatorState state, string idOrSlug, string rid)
    {
        if (!Caller.TryIdentify(http, state, out EmulatorUser? user, out IResult? failure)) return failure!;
        lock (state.Gate)
        {
            (StoredDataset? dataset, IResult? notFound) = DatasetLookup.Find(http, state, idOrSlug, user, forWrite: false);
            if (dataset is null) return notFound!;
            JsonObject? resource = dataset.FindResource(rid);
            return resource is null ? Replies.ResourceNotFound() : Replies.Json(DatasetRenderer.RenderResource(resource, Caller.Origin(http)));
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, UdataEmulatorState state, string idOrSlug, string rid)
    {
        (JsonNode? body, IResult? invalid) = await JsonBody.ReadAsync(http.Request);
        return EditableDataset.Run(http, state, idOrSlug, (dataset, now) =>
        {
            if (invalid is not null) return invalid;
            JsonObject? resource = dataset.FindResource(rid);
            if (resource is null) return Replies.ResourceNotFound();
            var updated = (JsonObject)resource.DeepClone();
            IResult? rejected = ResourceForm.Update((JsonObject)body!, updated, now);
            if (rejected is not null) return rejected;
            int index = dataset.Resources.IndexOf(resource);
            dataset.Resources[index] = updated;
            DatasetTimestamps.Touch(dataset.Document, now);
            return Replies.Json(DatasetRenderer.RenderResource(updated, Caller.Origin(http)));
        });
    }

    private static IResult Delete(HttpContext http, UdataEmulatorState state, string idOrSlug, string rid) =>
        EditableDataset.Run(http, state, idOrSlug, (dataset, now) =>
        {
            JsonObject? resource = dataset.FindResource(rid);
            if (resource is null) return Replies.ResourceNotFound();
            dataset.Resources.Remove(resource);
            if (Uri.TryCreate((string?)resource["url"], UriKind.Absolute, out Uri? url)) state.Files.Remove(url.AbsolutePath);
            DatasetTimestamps.Touch(dataset.Document, now);
            return Replies.NoContent();
        });

    /// <summary>The permanent "latest" link redirects to the current file URL.</summary>
    private static IResult Latest(UdataEmulatorState state, string rid)
    {
        lock (state.Gate)
        {
            foreach (StoredDataset dataset in state.Datasets)
                if (dataset.FindResource(rid) is { } resource && (string?)resource["url"] is { } url)
                    return Results.Redirect(url, permanent: false);
        }
        return Replies.ResourceNotFound();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Sync.Udata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// The emulator's private controls under <c>/_emulator</c>, so an out-of-process test can flip
/// faults, seed accounts and simulate a person editing on the website. Not part of udata.
/// </summary>
internal static class ControlApi
{
    public static void Map(IEndpointRouteBuilder root, UdataEmulatorState state)
    {
        RouteGroupBuilder control = root.MapGroup("/_emulator");
        control.MapGet("/faults", () => Results.Json(state.Faults.Snapshot()));
        control.MapPut("/faults", async (HttpContext http) =>
        {
            UdataFaultSettings? settings = await http.Request.ReadFromJsonAsync<UdataFaultSettings>();
            if (settings is null) return Replies.Message(400, "expecting fault settings");
            state.Faults.Apply(settings);
            return Results.Json(state.Faults.Snapshot());
        });
        control.MapDelete("/faults", () => { state.Faults.Clear(); return Replies.NoContent(); });
        control.MapGet("/requests", () => Results.Json(state.Faults.Requests.ToArray()));
        control.MapPost("/organizations", (Delegate)((HttpContext http) => AddOrganizationAsync(http, state)));
        control.MapPost("/users", (Delegate)((HttpContext http) => AddUserAsync(http, state)));
        control.MapPost("/datasets/{id}/human-edit", async (HttpContext http, string id) => await HumanEditAsync(http, state, id));
    }

    private static async Task<IResult> AddOrganizationAsync(HttpContext http, UdataEmulatorState state)
    {
        if (await JsonNode.ParseAsync(http.Request.Body) is not JsonObject body || FormValues.AsString(body["name"]) is not { } name)
            return Replies.Message(400, "expecting {\"name\": ..., \"id\"?: ..., \"acronym\"?: ...}");
        string id = state.AddOrganization(name, FormValues.AsString(body["id"]), FormValues.AsString(body["acronym"]));
        return Replies.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
    }

    private static async Task<IResult> AddUserAsync(HttpContext http, UdataEmulatorState state)
    {
        if (await JsonNode.ParseAsync(http.Request.Body) is not JsonObject body || FormValues.AsString(body["api_key"]) is not { Length: > 0 } key)
            return Replies.Message(400, "expecting {\"api_key\": ..., \"organizations\"?: {\"<org id>\": \"admin|editor\"}}");
        var memberships = (body["organizations"] as JsonObject)?.ToDictionary(kv => kv.Key, kv => FormValues.AsString(kv.Value) ?? "editor")
            ?? new Dictionary<string, string>();
        EmulatorUser user = state.AddUser(new EmulatorUser
        {
            Id = FormValues.AsString(body["id"]) ?? UdataEmulatorState.NewObjectId(), ApiKey = key,
            FirstName = FormValues.AsString(body["first_name"]) ?? "Emulated", LastName = FormValues.AsString(body["last_name"]) ?? "User",
            Memberships = memberships,
        });
        return Replies.Json(new JsonObject { ["id"] = user.Id }, StatusCodes.Status201Created);
    }

    /// <summary>
    /// A person saving the dataset form on data.gouv.fr: the given fields change (tags normalised,
    /// slug following the title) and <c>internal.last_modified_internal</c> moves, exactly as an API PUT would.
    /// </summary>
    private static async Task<IResult> HumanEditAsync(HttpContext http, UdataEmulatorState state, string id)
    {
        JsonNode? patch;
        try { patch = await JsonNode.ParseAsync(http.Request.Body); }
        catch (JsonException) { patch = null; }
        if (patch is not JsonObject fields) return Replies.Message(400, "expecting a JSON object of dataset fields");
        lock (state.Gate)
        {
            StoredDataset? dataset = state.FindDatasetById(id);
            if (dataset is null) return Replies.DatasetNotFound();
            foreach ((string field, JsonNode? value) in fields)
            {
                dataset.Document[field] = field == "tags" && value is JsonArray tags
                    ? new JsonArray(UdataTags.NormalizeAll(tags.Select(FormValues.AsString).OfType<string>()).Select(t => (JsonNode)t).ToArray())
                    : value?.DeepClone();
            }
            if (fields.ContainsKey("title"))
            {
                string slug = state.UniqueSlug((string?)dataset.Document["title"] ?? id, dataset.Id);
                if (slug != dataset.Slug) { dataset.OldSlugs.Add(dataset.Slug); dataset.Document["slug"] = slug; }
            }
            DatasetTimestamps.Touch(dataset.Document, UdataTime.Format(state.Time.Now()));
            return Replies.Json(DatasetLookup.Render(http, dataset));
        }
    }
}

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
        control.AddEndpointFilter((context, next) => WriteVersionFilter.InvokeAsync(context, next, state));
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
        control.MapPost("/organizations/{org}/datasets", (Delegate)((HttpContext http, string org) => SeedDatasetsAsync(http, state, org)));
    }

    /// <summary>
    /// Bulk seeding for benchmarks: the body is NDJSON, one dataset per line in the shape <c>POST /api/1/datasets/</c>
    /// takes (plus <c>resources</c>, remote ones). Each line is created in the organisation exactly as that POST by
    /// one of its admins would (form rules, slugs, timestamps), without a request per dataset and without the
    /// per-dataset slug scan. Answers <c>{"created": n, "ids": [...]}</c>, or the first invalid line's errors.
    /// </summary>
    private static async Task<IResult> SeedDatasetsAsync(HttpContext http, UdataEmulatorState state, string org)
    {
        string? orgId;
        HashSet<string> slugs;
        lock (state.Gate)
        {
            orgId = (string?)state.FindOrganization(org)?["id"];
            slugs = state.Datasets.Select(d => d.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        if (orgId is null) return Replies.Message(404, "Organization not found");
        // Tens of thousands of datasets are far more than Kestrel's default 30 MB body limit.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = null;
        var admin = new EmulatorUser { Id = UdataEmulatorState.NewObjectId(), ApiKey = "", IsSysadmin = true };
        var ids = new JsonArray();
        using var reader = new StreamReader(http.Request.Body);
        int line = 0;
        while (await reader.ReadLineAsync(http.RequestAborted) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonNode? parsed;
            try { parsed = JsonNode.Parse(text); }
            catch (JsonException) { parsed = null; }
            if (parsed is not JsonObject body) return Replies.Message(400, $"line {line}: expecting a JSON object");
            body["organization"] = orgId;
            lock (state.Gate)
            {
                string id = UdataEmulatorState.NewObjectId();
                var document = DatasetsApi.NewDocument(id);
                IResult? rejected = DatasetForm.Apply(body, document, null, admin, state);
                if (rejected is not null) return rejected;
                string baseSlug = UdataSlug.From((string)document["title"]!), slug = baseSlug;
                for (int i = 1; !slugs.Add(slug); i++) slug = $"{baseSlug}-{i}";
                document["slug"] = slug;
                DatasetTimestamps.Initialise(document, UdataTime.Format(state.Time.Now()));
                state.AddDataset(new StoredDataset(id, document));
                ids.Add(id);
            }
        }
        return Replies.Json(new JsonObject { ["created"] = ids.Count, ["ids"] = ids }, StatusCodes.Status201Created);
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

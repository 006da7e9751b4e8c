using System.Text.Json.Nodes;
using Catalogue.Sync.Udata;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// udata's <c>DatasetForm</c> applied to a document (contract §4.1, §6). On PUT, keys absent from
/// the body keep their value, except <c>tags</c>, <c>temporal_coverage</c> and <c>spatial</c>,
/// which a form-based PUT clears — the emulator mimics that so the client's "always send the full
/// object" discipline is tested. Unknown keys are ignored.
/// </summary>
internal static class DatasetForm
{
    /// <summary>Applies <paramref name="body"/> to <paramref name="target"/>; returns a failure or null.</summary>
    public static IResult? Apply(JsonObject body, JsonObject target, StoredDataset? existing, EmulatorUser user, UdataEmulatorState state)
    {
        bool create = existing is null;
        var errors = new FormErrors();

        ApplyRequiredText(body, target, "title", 350, create, errors);
        ApplyRequiredText(body, target, "description", 100_000, create, errors);
        foreach ((string field, int max) in new[] { ("acronym", 128), ("description_short", 200), ("authorization_request_url", 2048), ("access_type_reason_category", 256), ("access_type_reason", 2048) })
        {
            if (body.ContainsKey(field) && FormValues.TryText(body, field, max, errors, out string? text)) target[field] = text;
            else if (create) target[field] ??= null;
        }

        if (body.ContainsKey("private"))
        {
            if (FormValues.TryBool(body["private"], out bool isPrivate)) target["private"] = isPrivate;
            else errors.Add("private", "Not a valid boolean value.");
        }
        else if (create) target["private"] = false;

        // Absent tags, temporal coverage and spatial are cleared: the form fields default to empty.
        target["tags"] = ReadTags(body["tags"], errors);
        target["temporal_coverage"] = ReadTemporalCoverage(body["temporal_coverage"], errors);
        target["spatial"] = ReadSpatial(body["spatial"], errors);

        if (body.ContainsKey("license"))
        {
            string? license = FormValues.AsString(body["license"]);
            if (string.IsNullOrWhiteSpace(license)) target["license"] = UdataVocabularies.DefaultLicense;
            else if (UdataVocabularies.IsLicense(license)) target["license"] = license;
            else errors.Add("license", FormErrors.NotAChoice);
        }
        else if (create) target["license"] = UdataVocabularies.DefaultLicense;

        if (body.ContainsKey("frequency"))
        {
            string frequency = FormValues.AsString(body["frequency"]) ?? UdataVocabularies.DefaultFrequency;
            frequency = UdataVocabularies.LegacyFrequencies.GetValueOrDefault(frequency, frequency);
            if (!UdataVocabularies.Frequencies.Contains(frequency))
                return Replies.Message(StatusCodes.Status400BadRequest, $"'{frequency}' is not a valid UpdateFrequency");
            target["frequency"] = frequency;
        }
        else if (create) target["frequency"] = UdataVocabularies.DefaultFrequency;

        foreach (string field in new[] { "frequency_date", "archived" })
        {
            if (body.ContainsKey(field) && FormValues.TryDateTime(body, field, errors, out string? date)) target[field] = date;
            else if (create) target[field] ??= null;
        }

        if (body.ContainsKey("extras")) target["extras"] = body["extras"] is JsonObject extras ? extras.DeepClone() : new JsonObject();
        else if (create) target["extras"] = new JsonObject();

        ApplyAccess(body, target, create, errors);
        ApplyOwnership(body, target, existing, user, state, errors);
        ApplyContactPoints(body, target, create, state, errors);
        if (body.ContainsKey("resources") && body["resources"] is JsonArray resources)
            ApplyResources(resources, target, UdataTime.Format(state.Time.Now()), errors);

        // Dataset.clean: a non-open access type forces the licence to null.
        if ((string?)target["access_type"] is { } access && access != "open") target["license"] = null;

        return errors.Any ? Replies.FormErrors(errors.Errors) : null;
    }

    private static void ApplyRequiredText(JsonObject body, JsonObject target, string field, int max, bool create, FormErrors errors)
    {
        if (!body.ContainsKey(field))
        {
            if (create) errors.Add(field, FormErrors.Required);
            return;
        }
        if (FormValues.IsNullOrEmpty(body[field])) errors.Add(field, FormErrors.Required);
        else if (FormValues.TryText(body, field, max, errors, out string? text)) target[field] = text;
    }

    private static JsonArray ReadTags(JsonNode? node, FormErrors errors)
    {
        IReadOnlyList<string> tags = node switch
        {
            JsonArray { Count: 1 } single when FormValues.AsString(single[0]) is { } only => UdataTags.NormalizeCommaSeparated(only),
            JsonArray many => UdataTags.NormalizeAll(many.Select(FormValues.AsString).OfType<string>()),
            JsonValue text when FormValues.AsString(text) is { } joined => UdataTags.NormalizeCommaSeparated(joined),
            _ => [],
        };
        foreach (string tag in tags.Where(t => !UdataTags.HasValidLength(t))) errors.Add("tags", UdataTags.LengthError(tag));
        return new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
    }

    private static JsonNode? ReadTemporalCoverage(JsonNode? node, FormErrors errors)
    {
        if (node is not JsonObject range) return null;
        if (!FormValues.TryDate(FormValues.AsString(range["start"]), out string start))
        {
            errors.Add("temporal_coverage", "A start date is required (YYYY-MM-DD).");
            return null;
        }
        string? endText = FormValues.AsString(range["end"]);
        string? end = null;
        if (!string.IsNullOrWhiteSpace(endText))
        {
            if (!FormValues.TryDate(endText, out string parsedEnd)) { errors.Add("temporal_coverage", "Invalid end date."); return null; }
            if (string.CompareOrdinal(parsedEnd, start) < 0) { errors.Add("temporal_coverage", "The end date must be after the start date."); return null; }
            end = parsedEnd;
        }
        return new JsonObject { ["start"] = start, ["end"] = end };
    }

    private static JsonNode? ReadSpatial(JsonNode? node, FormErrors errors)
    {
        if (node is not JsonObject spatial) return null;
        var zones = (spatial["zones"] as JsonArray)?.Select(FormValues.AsString).OfType<string>()
            .Select(z => z.Split('@')[0]).ToList() ?? [];
        var unknown = zones.Where(z => !UdataVocabularies.IsZone(z)).ToList();
        if (unknown.Count > 0) errors.AddNested("spatial", "zones", $"Unknown geoid(s): {string.Join(", ", unknown)}");
        JsonNode? geom = spatial["geom"]?.DeepClone();
        if (zones.Count > 0 && geom is not null) errors.AddNested("spatial", "geom", "Zones and geometry are mutually exclusive.");
        string granularity = FormValues.AsString(spatial["granularity"]) ?? UdataVocabularies.DefaultGranularity;
        if (!UdataVocabularies.IsGranularity(granularity)) errors.AddNested("spatial", "granularity", FormErrors.NotAChoice);
        return new JsonObject
        {
            ["zones"] = new JsonArray(zones.Select(z => (JsonNode)z).ToArray()),
            ["granularity"] = granularity,
            ["geom"] = geom,
        };
    }

    private static void ApplyAccess(JsonObject body, JsonObject target, bool create, FormErrors errors)
    {
        if (body.ContainsKey("access_type"))
        {
            string? access = FormValues.AsString(body["access_type"]);
            if (access is null || UdataVocabularies.AccessTypes.Contains(access)) target["access_type"] = access ?? "open";
            else errors.Add("access_type", FormErrors.NotAChoice);
        }
        else if (create) target["access_type"] = "open";

        if (body.ContainsKey("access_audiences")) target["access_audiences"] = body["access_audiences"]?.DeepClone() ?? new JsonArray();
        else if (create) target["access_audiences"] = new JsonArray();
    }

    private static void ApplyOwnership(JsonObject body, JsonObject target, StoredDataset? existing, EmulatorUser user, UdataEmulatorState state, FormErrors errors)
    {
        string? requested = body["organization"] switch
        {
            JsonObject reference => FormValues.AsString(reference["id"]),
            JsonNode value => FormValues.AsString(value),
            null => null,
        };
        if (existing is not null)
        {
            if (requested is not null && !string.Equals(requested, existing.OrganizationId, StringComparison.OrdinalIgnoreCase) && !user.IsSysadmin)
                errors.Add("organization", "Cannot change owner after creation. Please use transfer feature.");
            return;
        }
        if (requested is null)
        {
            target["organization"] = null;
            target["owner"] = UserReference(user);
            return;
        }
        JsonObject? organization = state.FindOrganization(requested);
        if (organization is null || !user.CanEditFor((string)organization["id"]!))
        {
            errors.Add("organization", "Permission denied for this organization");
            return;
        }
        target["organization"] = OrganizationReference(organization);
        target["owner"] = null;
    }

    private static void ApplyContactPoints(JsonObject body, JsonObject target, bool create, UdataEmulatorState state, FormErrors errors)
    {
        if (!body.ContainsKey("contact_points"))
        {
            if (create) target["contact_points"] = new JsonArray();
            return;
        }
        string? organizationId = target["organization"] is JsonObject org ? (string?)org["id"] : null;
        var points = new JsonArray();
        foreach (JsonNode? entry in body["contact_points"] as JsonArray ?? [])
        {
            string? id = entry is JsonObject o ? FormValues.AsString(o["id"]) : FormValues.AsString(entry);
            JsonObject? point = id is null ? null : state.FindContactPoint(id);
            if (point is null || (string?)point["organization"] != organizationId)
            {
                errors.Add("contact_points", "Wrong contact point id or contact point ownership mismatch");
                continue;
            }
            var copy = (JsonObject)point.DeepClone();
            copy.Remove("organization");
            points.Add(copy);
        }
        target["contact_points"] = points;
    }

    /// <summary>A <c>resources</c> list replaces the embedded one; known ids keep their stored fields.</summary>
    private static void ApplyResources(JsonArray requested, JsonObject target, string now, FormErrors errors)
    {
        var current = (target["resources"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var next = new JsonArray();
        foreach (JsonObject entry in requested.OfType<JsonObject>())
        {
            string? id = FormValues.AsString(entry["id"]);
            JsonObject? known = current.FirstOrDefault(r => string.Equals((string?)r["id"], id, StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                var merged = (JsonObject)known.DeepClone();
                IResult? failure = ResourceForm.Update(entry, merged, now);
                if (failure is null) next.Add(merged);
                else errors.Add("resources", "Invalid resource " + id);
                continue;
            }
            // Client-chosen ids are dropped: an unknown id gets a fresh server id.
            (JsonObject? created, _) = ResourceForm.CreateRemote(entry, now);
            if (created is not null) next.Add(created);
            else errors.Add("resources", "Invalid new resource");
        }
        target["resources"] = next;
    }

    public static JsonObject OrganizationReference(JsonObject organization) => new()
    {
        ["id"] = organization["id"]?.DeepClone(), ["name"] = organization["name"]?.DeepClone(),
        ["acronym"] = organization["acronym"]?.DeepClone(), ["slug"] = organization["slug"]?.DeepClone(),
        ["logo"] = organization["logo"]?.DeepClone(), ["logo_thumbnail"] = organization["logo_thumbnail"]?.DeepClone(),
        ["badges"] = organization["badges"]?.DeepClone() ?? new JsonArray(), ["class"] = "Organization",
    };

    public static JsonObject UserReference(EmulatorUser user) => new()
    {
        ["id"] = user.Id, ["first_name"] = user.FirstName, ["last_name"] = user.LastName, ["slug"] = user.Slug,
        ["avatar"] = null, ["avatar_thumbnail"] = null, ["class"] = "User",
    };
}

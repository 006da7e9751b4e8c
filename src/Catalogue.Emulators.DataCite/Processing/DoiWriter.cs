using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Catalogue.Emulators.DataCite.Processing;

/// <summary>
/// lupo's create/update path (<c>datacite_dois_controller.rb</c> + <c>doi.rb</c>): permitted attributes are
/// merged (partial update), normalised, the event moves the state (silently ignored when not allowed), and
/// validation — URL, domains, XSD of the regenerated XML — runs only when the DOI is not a draft. Callers hold
/// the state gate.
/// </summary>
internal sealed partial class DoiWriter(DataCiteEmulatorState state)
{
    // ParamsSanitizer's permitted JSON attributes that change the record (state, counts… are read-only).
    private static readonly string[] Writable =
    [
        "url", "types", "creators", "titles", "publisher", "publicationYear", "subjects", "contributors", "dates",
        "language", "alternateIdentifiers", "identifiers", "relatedIdentifiers", "relatedItems", "sizes", "formats",
        "version", "rightsList", "descriptions", "geoLocations", "fundingReferences", "schemaVersion", "source",
        "reason", "contentUrl",
    ];

    public EmulatorWriteResult Create(EmulatedRepository repo, JsonObject input, string? dataId)
    {
        string? doi = Text(input["doi"]) ?? dataId;
        if (string.IsNullOrWhiteSpace(doi) && Text(input["prefix"]) is { Length: > 0 } prefix)
            doi = RandomDoi.Generate(prefix);
        if (string.IsNullOrWhiteSpace(doi))
            return EmulatorWriteResult.Invalid([Error("doi", "Can't be blank", null)]);
        doi = doi.Trim().ToLowerInvariant();
        if (!DoiPattern().IsMatch(doi))
            return EmulatorWriteResult.Invalid([Error("doi", "Is invalid", doi)]);
        if (!OwnsPrefix(repo, doi)) return EmulatorWriteResult.Forbidden();
        // The recorded production answer has no uid (recording 04).
        if (state.TryGet(doi, out _))
            return EmulatorWriteResult.Invalid([new JsonObject { ["source"] = "doi", ["title"] = "This DOI has already been taken" }]);
        return Save(null, repo, doi, input, "create", actor: repo.Id, status: 201);
    }

    /// <summary>
    /// <c>POST /dois/validate</c>: the create path with XSD validation forced and nothing saved; no uniqueness
    /// check. Errors come back with status 200, as lupo answers them.
    /// </summary>
    public (JsonObject? Attributes, JsonArray Errors) ValidateOnly(JsonObject input, string? dataId)
    {
        string doi = (Text(input["doi"]) ?? dataId ?? (Text(input["prefix"]) is { Length: > 0 } p ? RandomDoi.Generate(p) : "")).Trim().ToLowerInvariant();
        if (doi.Length == 0) return (null, [Error("doi", "Can't be blank", null)]);
        JsonObject attributes = NewDraft(doi);
        JsonArray errors = Merge(attributes, input, doi);
        if (errors.Count > 0) return (null, errors);
        string xml = KernelXmlBuilder.Build(doi, attributes);
        foreach (JsonNode? e in state.Xsd.Validate(xml, doi)) errors.Add(e!.DeepClone());
        if (errors.Count > 0) return (null, errors);
        attributes["prefix"] = doi[..doi.IndexOf('/')];
        attributes["suffix"] = doi[(doi.IndexOf('/') + 1)..];
        attributes["xml"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));
        return (attributes, errors);
    }

    /// <summary>PUT/PATCH: updates, or creates when the DOI does not exist (lupo upserts).</summary>
    public EmulatorWriteResult Upsert(EmulatedRepository repo, string doi, JsonObject input)
    {
        doi = doi.Trim().ToLowerInvariant();
        if (state.TryGet(doi, out StoredDoi existing))
            return existing.ClientId.Equals(repo.Id, StringComparison.OrdinalIgnoreCase)
                ? Update(existing, repo, input, repo.Id)
                : EmulatorWriteResult.Forbidden();
        if (!DoiPattern().IsMatch(doi)) return EmulatorWriteResult.NotFound();
        if (!OwnsPrefix(repo, doi)) return EmulatorWriteResult.Forbidden();
        return Save(null, repo, doi, input, "create", actor: repo.Id, status: 201);
    }

    public EmulatorWriteResult Update(StoredDoi stored, EmulatedRepository repo, JsonObject input, string actor) =>
        Save(stored, repo, stored.Doi, input, "update", actor, status: 200);

    public EmulatorWriteResult Delete(StoredDoi stored, EmulatedRepository repo)
    {
        if (!stored.ClientId.Equals(repo.Id, StringComparison.OrdinalIgnoreCase)) return EmulatorWriteResult.Forbidden();
        if (stored.State != "draft") return EmulatorWriteResult.Error(405, "Method not allowed");
        state.Remove(stored.Doi);
        return new EmulatorWriteResult(204, null);
    }

    private EmulatorWriteResult Save(StoredDoi? stored, EmulatedRepository repo, string doi, JsonObject input, string action, string actor, int status)
    {
        JsonObject before = stored?.Attributes ?? NewDraft(doi);
        var after = (JsonObject)before.DeepClone();
        JsonArray shapeErrors = Merge(after, input, doi);
        if (shapeErrors.Count > 0) return EmulatorWriteResult.Invalid(shapeErrors);

        string oldState = before["state"]?.GetValue<string>() ?? "draft";
        string newState = Transition(oldState, Text(input["event"]));
        bool shouldValidate = input["should_validate"] is JsonValue v && v.ToString() is "true" or "True";

        string xml = KernelXmlBuilder.Build(doi, after);
        JsonArray errors = Validate(after, newState, repo, doi, xml, shouldValidate);
        if (errors.Count > 0) return EmulatorWriteResult.Invalid(errors);

        Finish(before, after, doi, oldState, newState, xml);
        var result = stored ?? new StoredDoi { Doi = doi, ClientId = repo.Id.ToLowerInvariant(), Attributes = after };
        result.Attributes = after;
        if (stored is null) state.Add(result);
        result.Activities.Add(Activity(result, before, after, action, actor));
        state.ScheduleIndex(doi, result);
        return EmulatorWriteResult.Ok(status, result);
    }

    /// <summary>Partial update: only keys present change; arrays are replaced wholesale; null clears.</summary>
    private static JsonArray Merge(JsonObject target, JsonObject input, string doi)
    {
        var errors = new JsonArray();
        if (Text(input["xml"]) is { Length: > 0 } xml)
        {
            // ParamsSanitizer#add_xml_attributes: values read from the XML, JSON attributes sent alongside win.
            if (KernelXmlReader.TryRead(xml) is not { } parsed)
                return [Error("xml", $"DOI {doi}: XML could not be parsed.", doi)];
            target["schemaVersion"] = parsed.SchemaNamespace;
            foreach ((string key, JsonNode? value) in parsed.Attributes.ToList())
                if (key != "alternateIdentifiers" && !input.ContainsKey(key))
                    target[key] = AttributeNormaliser.Normalise(key, value?.DeepClone());
            if (!input.ContainsKey("alternateIdentifiers") && !input.ContainsKey("identifiers"))
            {
                target["identifiers"] = AttributeNormaliser.ToIdentifiers(parsed.Attributes["alternateIdentifiers"]);
                target["alternateIdentifiers"] = AttributeNormaliser.ToAlternateIdentifiers(target["identifiers"]);
            }
        }
        foreach (string key in Writable)
        {
            if (!input.TryGetPropertyValue(key, out JsonNode? raw)) continue;
            if (key is "titles" or "creators" && FirstString(raw) is { } text)
            {
                string what = key == "titles" ? "Title" : "Creator";
                errors.Add(Error(key, $"{what} '{text}' should be an object instead of a string.", doi));
                continue;
            }
            JsonNode? value = AttributeNormaliser.Normalise(key, raw?.DeepClone());
            if (key is "alternateIdentifiers")
            {
                target["identifiers"] = AttributeNormaliser.ToIdentifiers(value);
                target["alternateIdentifiers"] = AttributeNormaliser.ToAlternateIdentifiers(target["identifiers"]);
            }
            else if (key is "identifiers")
            {
                target["identifiers"] = value ?? new JsonArray();
                target["alternateIdentifiers"] = AttributeNormaliser.ToAlternateIdentifiers(value);
            }
            else target[key] = value;
        }
        if (target["types"] is JsonObject types) AttributeNormaliser.CompleteTypes(types);
        return errors;
    }

    /// <summary>AASM with <c>whiny_transitions: false</c>: a disallowed event leaves the state as it was.</summary>
    private static string Transition(string from, string? doiEvent) => (doiEvent, from) switch
    {
        ("register", "draft") => "registered",
        ("publish", "draft" or "registered") => "findable",
        ("hide", "findable") => "registered",
        ("show", "registered") => "findable",
        _ => from,
    };

    private JsonArray Validate(JsonObject a, string newState, EmulatedRepository repo, string doi, string xml, bool shouldValidate)
    {
        var errors = new JsonArray();
        string? url = Text(a["url"]);
        if (url is not null && !UrlPattern().IsMatch(url)) errors.Add(Error("url", "URL is not valid", doi));
        if (Text(a["language"]) is { } language && !LanguagePattern().IsMatch(language))
            errors.Add(Error("language", $"Language {language} is in an invalid format.", doi));
        bool validatable = newState != "draft" || shouldValidate;
        if (!validatable) return errors;

        if (newState != "draft")
        {
            if (string.IsNullOrWhiteSpace(url)) errors.Add(Error("url", "Can't be blank", doi));
            else if (errors.Count == 0 && !DomainAllowed(url, repo.Domains))
                errors.Add(Error("url", $"URL {url} is not allowed by repository {repo.Id.ToLowerInvariant()} domain settings.", doi));
        }
        if (Text(a["schemaVersion"]) is { } schema && schema != "http://datacite.org/schema/kernel-4")
            errors.Add(Error("xml", $"DOI {doi}: Schema {schema} is no longer supported", doi));
        else
            foreach (JsonNode? e in state.Xsd.Validate(xml, doi)) errors.Add(e!.DeepClone());
        return errors;
    }

    private void Finish(JsonObject before, JsonObject after, string doi, string oldState, string newState, string xml)
    {
        string now = Timestamp(state.Now);
        string previousXml = Text(before["xml"]) ?? "";
        string xmlBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));
        after["doi"] = doi;
        after["prefix"] = doi[..doi.IndexOf('/')];
        after["suffix"] = doi[(doi.IndexOf('/') + 1)..];
        after["xml"] = xmlBase64;
        if (xmlBase64 != previousXml)
            after["metadataVersion"] = (after["metadataVersion"]?.GetValue<int>() ?? 0) + 1;
        after["state"] = newState;
        after["isActive"] = newState == "findable";
        after["published"] = newState == "draft" ? "" : Published(after);
        if (oldState == "draft" && newState != "draft" && after["registered"] is null) after["registered"] = now;
        after["source"] ??= "api";
        after["created"] ??= now;
        // "updated" always moves forward, even within the same second, so change detection can rely on it.
        string previous = Text(before["updated"]) ?? "";
        after["updated"] = string.CompareOrdinal(now, previous) > 0
            ? now
            : Timestamp(DateTimeOffset.Parse(previous, System.Globalization.CultureInfo.InvariantCulture).AddSeconds(1));
    }

    private static string Published(JsonObject a) =>
        KernelXmlBuilder.Objects(a, "dates").FirstOrDefault(d => Text(d["dateType"]) == "Issued") is { } issued
            ? Text(issued["date"]) ?? ""
            : KernelXmlBuilder.Str(a, "publicationYear") ?? "";

    private JsonObject Activity(StoredDoi doi, JsonObject before, JsonObject after, string action, string actor)
    {
        var changes = new JsonObject();
        foreach (string key in Writable.Append("state"))
        {
            JsonNode? old = before[key], now = after[key];
            if (JsonNode.DeepEquals(old, now)) continue;
            changes[key] = action == "create" ? now?.DeepClone() : new JsonArray(old?.DeepClone(), now?.DeepClone());
        }
        return new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["type"] = "activities",
            ["attributes"] = new JsonObject
            {
                ["prov:wasGeneratedBy"] = Guid.NewGuid().ToString(),
                ["prov:generatedAtTime"] = Text(after["updated"]),
                ["prov:wasDerivedFrom"] = $"https://doi.org/{doi.Doi}",
                ["prov:wasAttributedTo"] = actor == "fabrica" ? "https://api.datacite.org/users/fabrica" : $"https://api.datacite.org/repositories/{actor.ToLowerInvariant()}",
                ["action"] = action,
                ["version"] = doi.Activities.Count,
                ["changes"] = changes,
            },
        };
    }

    /// <summary>A fresh record laid out in lupo's serializer order, as a JSON-only create leaves it.</summary>
    private static JsonObject NewDraft(string doi) => new()
    {
        ["doi"] = doi, ["prefix"] = null, ["suffix"] = null,
        ["identifiers"] = new JsonArray(), ["alternateIdentifiers"] = new JsonArray(),
        ["creators"] = new JsonArray(), ["titles"] = new JsonArray(), ["publisher"] = null, ["container"] = new JsonObject(),
        ["publicationYear"] = null, ["subjects"] = new JsonArray(), ["contributors"] = new JsonArray(), ["dates"] = new JsonArray(),
        ["language"] = null, ["types"] = new JsonObject(), ["relatedIdentifiers"] = new JsonArray(), ["relatedItems"] = new JsonArray(),
        ["sizes"] = new JsonArray(), ["formats"] = new JsonArray(), ["version"] = null, ["rightsList"] = new JsonArray(),
        ["descriptions"] = new JsonArray(), ["geoLocations"] = new JsonArray(), ["fundingReferences"] = new JsonArray(),
        ["xml"] = null, ["url"] = null, ["contentUrl"] = null, ["metadataVersion"] = null,
        ["schemaVersion"] = "http://datacite.org/schema/kernel-4", ["source"] = null, ["isActive"] = false, ["state"] = "draft",
        ["reason"] = null, ["landingPage"] = null,
        ["viewCount"] = 0, ["viewsOverTime"] = new JsonArray(), ["downloadCount"] = 0, ["downloadsOverTime"] = new JsonArray(),
        ["referenceCount"] = 0, ["citationCount"] = 0, ["citationsOverTime"] = new JsonArray(),
        ["partCount"] = 0, ["partOfCount"] = 0, ["versionCount"] = 0, ["versionOfCount"] = 0,
        ["created"] = null, ["registered"] = null, ["published"] = "", ["updated"] = null,
    };

    /// <summary>helpable.rb#match_url_with_domains: <c>*</c>, exact hosts, or <c>*.suffix</c>.</summary>
    internal static bool DomainAllowed(string url, string domains)
    {
        if (string.IsNullOrWhiteSpace(domains) || domains.Trim() == "*") return true;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)) return false;
        return domains.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(d =>
            d == "*" || (d.StartsWith("*.", StringComparison.Ordinal)
                ? uri.Host.EndsWith(d[1..], StringComparison.OrdinalIgnoreCase)
                : uri.Host.Equals(d, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool OwnsPrefix(EmulatedRepository repo, string doi) =>
        repo.IsActive && repo.Prefixes.Any(p => doi.StartsWith(p.Prefix + "/", StringComparison.OrdinalIgnoreCase));

    internal static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Error(string source, string title, string? uid)
    {
        var e = new JsonObject { ["source"] = source, ["title"] = title };
        if (uid is not null) e["uid"] = uid;
        return e;
    }

    private static string? FirstString(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        JsonArray a => a.OfType<JsonValue>().FirstOrDefault(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String)?.GetValue<string>(),
        _ => null,
    };

    internal static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;

    [GeneratedRegex(@"\A10\.\d{4,5}/[-._;()/:a-zA-Z0-9*~$=]+\z")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"\A(ftp|http|https)://\S+\z")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguagePattern();
}

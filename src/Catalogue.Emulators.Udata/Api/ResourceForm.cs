using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// udata's resource forms (contract §4.2, §6): remote creation, partial update with immutable
/// <c>filetype</c>, and the hosted-file fields that clients cannot overwrite.
/// </summary>
internal static class ResourceForm
{
    private static readonly string[] HostedProtectedFields = ["filetype", "url", "checksum", "filesize", "mime", "format"];

    public static (JsonObject? Resource, IResult? Failure) CreateRemote(JsonObject body, string now)
    {
        if (FormValues.AsString(body["filetype"]) is { } filetype && filetype != "remote")
            return (null, Replies.Message(StatusCodes.Status400BadRequest, "This endpoint only supports remote resources"));
        var errors = new FormErrors();
        if (FormValues.IsNullOrEmpty(body["title"])) errors.Add("title", FormErrors.Required);
        if (FormValues.IsNullOrEmpty(body["url"])) errors.Add("url", FormErrors.Required);
        var resource = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["title"] = null, ["description"] = null, ["filetype"] = "remote", ["type"] = "other", ["url"] = null,
            ["format"] = null, ["mime"] = null, ["filesize"] = null, ["checksum"] = null, ["schema"] = null,
            ["extras"] = new JsonObject(), ["harvest"] = null, ["preview_url"] = null,
            ["metrics"] = new JsonObject { ["views"] = 0 },
            ["created_at"] = now, ["last_modified"] = now,
            ["internal"] = new JsonObject { ["created_at_internal"] = now, ["last_modified_internal"] = now },
        };
        ApplyWritable(body, resource, hosted: false, errors);
        if (errors.Any) return (null, Replies.FormErrors(errors.Errors));
        RefreshLastModified(resource);
        return (resource, null);
    }

    /// <summary>Partial update; <paramref name="now"/> bumps the resource's internal timestamp.</summary>
    public static IResult? Update(JsonObject body, JsonObject resource, string now)
    {
        string currentType = (string?)resource["filetype"] ?? "remote";
        bool hosted = currentType == "file";
        if (!hosted && FormValues.AsString(body["filetype"]) is { } requested && requested != currentType)
            return Replies.Message(StatusCodes.Status400BadRequest, "Cannot modify filetype after creation");
        var errors = new FormErrors();
        if (body.ContainsKey("title") && FormValues.IsNullOrEmpty(body["title"])) errors.Add("title", FormErrors.Required);
        ApplyWritable(body, resource, hosted, errors);
        if (errors.Any) return Replies.FormErrors(errors.Errors);
        if (resource["internal"] is JsonObject internalTimes) internalTimes["last_modified_internal"] = now;
        else resource["internal"] = new JsonObject { ["created_at_internal"] = now, ["last_modified_internal"] = now };
        RefreshLastModified(resource);
        return null;
    }

    /// <summary>
    /// Resource <c>last_modified</c>: harvest.modified_at, else for remote files the crawler's
    /// <c>analysis:last-modified-at</c>, else <c>internal.last_modified_internal</c> (contract §4.2).
    /// </summary>
    public static void RefreshLastModified(JsonObject resource)
    {
        string? harvested = resource["harvest"] is JsonObject harvest ? (string?)harvest["modified_at"] : null;
        string? analysed = (string?)resource["filetype"] == "remote" && resource["extras"] is JsonObject extras
            ? FormValues.AsString(extras["analysis:last-modified-at"]) : null;
        string? internalTime = resource["internal"] is JsonObject times ? (string?)times["last_modified_internal"] : null;
        resource["last_modified"] = harvested ?? analysed ?? internalTime;
    }

    private static void ApplyWritable(JsonObject body, JsonObject resource, bool hosted, FormErrors errors)
    {
        foreach ((string field, JsonNode? value) in body)
        {
            if (hosted && HostedProtectedFields.Contains(field)) continue;
            switch (field)
            {
                case "title" when !FormValues.IsNullOrEmpty(value):
                    resource["title"] = FormValues.AsString(value);
                    break;
                case "description":
                    resource["description"] = FormValues.AsString(value);
                    break;
                case "type":
                    string type = FormValues.AsString(value) ?? "other";
                    if (UdataVocabularies.ResourceTypes.Any(t => t.Id == type)) resource["type"] = type;
                    else errors.Add("type", FormErrors.NotAChoice);
                    break;
                case "url" when !FormValues.IsNullOrEmpty(value):
                    string url = FormValues.AsString(value)!;
                    if (FormValues.IsHttpUrl(url)) resource["url"] = url;
                    else errors.Add("url", $"Invalid URL \"{url}\"");
                    break;
                case "format":
                    resource["format"] = FormValues.AsString(value)?.Trim().ToLowerInvariant();
                    break;
                case "mime":
                    resource["mime"] = FormValues.AsString(value);
                    break;
                case "filesize":
                    if (value is null) resource["filesize"] = null;
                    else if (long.TryParse(FormValues.AsString(value), out long size) && size >= 0) resource["filesize"] = size;
                    else errors.Add("filesize", "Not a valid integer value.");
                    break;
                case "checksum":
                    ApplyChecksum(value, resource, errors);
                    break;
                case "schema":
                    resource["schema"] = value?.DeepClone();
                    break;
                case "extras":
                    resource["extras"] = value is JsonObject extras ? extras.DeepClone() : new JsonObject();
                    break;
            }
        }
    }

    private static void ApplyChecksum(JsonNode? value, JsonObject resource, FormErrors errors)
    {
        if (value is not JsonObject checksum || FormValues.IsNullOrEmpty(checksum["value"]))
        {
            resource["checksum"] = null;
            return;
        }
        string type = FormValues.AsString(checksum["type"]) ?? "sha1";
        if (!UdataVocabularies.ChecksumTypes.Contains(type))
        {
            errors.AddNested("checksum", "type", FormErrors.NotAChoice);
            return;
        }
        resource["checksum"] = new JsonObject { ["type"] = type, ["value"] = FormValues.AsString(checksum["value"]) };
    }
}

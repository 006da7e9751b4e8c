using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace Catalogue.Emulators.Udata;

/// <summary>
/// Hosted files (contract §4.3): simple and chunked uploads, re-upload, and the static file URLs
/// the resources point to.
/// </summary>
internal static class UploadsApi
{
    private static readonly FileExtensionContentTypeProvider MimeTypes = new();

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root, UdataEmulatorState state)
    {
        api.MapPost("/datasets/{dataset}/upload/", (HttpContext http, string dataset) => UploadAsync(http, state, dataset, null))
            .DisableAntiforgery();
        api.MapPost("/datasets/{dataset}/resources/{rid}/upload/", (HttpContext http, string dataset, string rid) => UploadAsync(http, state, dataset, rid))
            .DisableAntiforgery();
        root.MapGet("/static/resources/{**path}", (HttpContext http) => ServeFile(http, state));
    }

    private static async Task<IResult> UploadAsync(HttpContext http, UdataEmulatorState state, string idOrSlug, string? resourceId)
    {
        if (!http.Request.HasFormContentType) return UploadError("Missing file parameter");
        IFormCollection form = await http.Request.ReadFormAsync();
        IFormFile? file = form.Files["file"];
        byte[]? part = file is null ? null : await ReadAsync(file);
        int totalParts = Int(form["totalparts"]);

        return EditableDataset.Run(http, state, idOrSlug, (dataset, now) =>
        {
            string fileName;
            byte[] content;
            if (totalParts > 1)
            {
                string uuid = form["uuid"].ToString();
                if (part is not null)
                {
                    if (part.Length != Int(form["chunksize"])) return UploadError("Chunk size mismatch");
                    if (!state.Chunks.TryGetValue(uuid, out SortedDictionary<int, byte[]>? parts)) state.Chunks[uuid] = parts = [];
                    parts[Int(form["partindex"])] = part;
                    return Replies.Json(new JsonObject { ["success"] = true });
                }
                if (!state.Chunks.Remove(uuid, out SortedDictionary<int, byte[]>? received) || received.Count != totalParts
                    || !Enumerable.Range(0, totalParts).All(received.ContainsKey))
                    return UploadError("Missing chunks");
                content = received.Values.SelectMany(b => b).ToArray();
                fileName = form["filename"].ToString();
            }
            else if (part is null) return UploadError("Missing file parameter");
            else
            {
                content = part;
                fileName = file!.FileName;
            }
            return Store(http, state, dataset, resourceId, fileName, content, now);
        });
    }

    private static IResult Store(HttpContext http, UdataEmulatorState state, StoredDataset dataset, string? resourceId, string rawName, byte[] content, string now)
    {
        string fileName = NormalizeFileName(rawName);
        string extension = Path.GetExtension(fileName).TrimStart('.');
        Uri origin = Caller.Origin(http);
        if (!UdataVocabularies.Extensions.Contains(extension))
            return Replies.Message(400, $"This file type is not allowed.The allowed file type list is available at {origin}api/1/datasets/extensions/");
        if (LooksLikeHtml(content)) return Replies.Message(StatusCodes.Status415UnsupportedMediaType, "Incorrect file content type: HTML");

        JsonObject? resource = null;
        if (resourceId is not null && (resource = dataset.FindResource(resourceId)) is null) return Replies.ResourceNotFound();

        string stamp = UdataTime.Parse(now)!.Value.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string path = $"/static/resources/{dataset.Slug}/{stamp}/{fileName}";
        string mime = MimeTypes.TryGetContentType(fileName, out string? known) ? known : "application/octet-stream";
        state.Files[path] = (content, mime);

        bool created = resource is null;
        if (resource is null)
        {
            resource = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(), ["description"] = null, ["type"] = "main", ["schema"] = null,
                ["extras"] = new JsonObject(), ["harvest"] = null, ["preview_url"] = null, ["metrics"] = new JsonObject { ["views"] = 0 },
                ["created_at"] = now, ["internal"] = new JsonObject { ["created_at_internal"] = now },
            };
            dataset.Resources.Insert(0, resource);
        }
        else if (Uri.TryCreate((string?)resource["url"], UriKind.Absolute, out Uri? oldUrl))
        {
            state.Files.Remove(oldUrl.AbsolutePath); // the replaced file is deleted
        }
        resource["title"] = fileName;
        resource["filetype"] = "file";
        resource["url"] = $"{origin.GetLeftPart(UriPartial.Authority)}{path}";
        resource["checksum"] = new JsonObject { ["type"] = "sha1", ["value"] = Convert.ToHexStringLower(SHA1.HashData(content)) };
        resource["filesize"] = content.LongLength;
        resource["mime"] = mime;
        resource["format"] = extension;
        ((JsonObject)resource["internal"]!)["last_modified_internal"] = now;
        ResourceForm.RefreshLastModified(resource);
        DatasetTimestamps.Touch(dataset.Document, now);

        JsonObject body = DatasetRenderer.RenderResource(resource, origin);
        body["success"] = true;
        return Replies.Json(body, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult ServeFile(HttpContext http, UdataEmulatorState state)
    {
        lock (state.Gate)
            return state.Files.TryGetValue(http.Request.Path.Value!, out var file)
                ? Results.Bytes(file.Bytes, file.Mime)
                : Results.NotFound();
    }

    private static IResult UploadError(string error) =>
        Replies.Json(new JsonObject { ["success"] = false, ["error"] = error }, StatusCodes.Status400BadRequest);

    /// <summary>Like udata's storage: a slugified base name and a lower-case extension.</summary>
    private static string NormalizeFileName(string name)
    {
        string baseName = Path.GetFileNameWithoutExtension(Path.GetFileName(name));
        string extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        string slug = Catalogue.Sync.Udata.UdataTags.Normalize(baseName);
        if (slug.Length == 0) slug = "file";
        return extension.Length == 0 ? slug : $"{slug}.{extension}";
    }

    private static bool LooksLikeHtml(byte[] content)
    {
        string head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 512)).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }

    private static int Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : 0;

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}

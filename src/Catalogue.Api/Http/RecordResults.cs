using System.Buffers;
using System.Globalization;
using System.Text;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Http;

/// <summary>
/// Writes records as stored: the JSON document goes out byte for byte (no parse, no re-serialise), with the
/// ETag of its revision.
/// </summary>
public static class RecordResults
{
    public static IResult Record(HttpContext http, DatasetRecord r, int status = StatusCodes.Status200OK, string? location = null) =>
        Json(http, RecordJson.Serialize(r), r.Revision, status, location);

    public static IResult Stored(HttpContext http, StoredRecord s)
    {
        var revision = s.Revision;
        if (ETags.NotModified(http.Request, revision)) { http.Response.Headers.ETag = ETags.Format(revision); return Results.StatusCode(StatusCodes.Status304NotModified); }
        if (s.Utf8 is not { } utf8) return Json(http, s.Json, revision, StatusCodes.Status200OK, null);
        http.Response.Headers.ETag = ETags.Format(revision);
        return new Utf8DocumentResult(utf8);
    }

    /// <summary>
    /// The record with this id as SQLite keeps it, copied from SQLite's buffer into the response pipe while the row
    /// is held (once, no array in between); null when there is none the caller may see. Same answers as
    /// <see cref="Stored"/> after <see cref="DatasetStore.GetAsync"/>: 304 for a current If-None-Match, the ETag of
    /// the revision, a Content-Length. The response is started (headers into the pipe) before the body is written:
    /// Kestrel buffers a body written before its headers and copies it once more when they go out.
    /// </summary>
    public static async Task<IResult?> ByIdAsync(HttpContext http, SqliteDocumentReads reads, Guid id, Caller caller)
    {
        using var row = reads.ById(id);
        if (!row.Found || !DatasetStore.CanSee(caller, row.Status, row.OrganizationId)) return null;
        var revision = row.Revision;
        var response = http.Response;
        response.Headers.ETag = ETags.Format(revision);
        if (ETags.NotModified(http.Request, revision)) return Results.StatusCode(StatusCodes.Status304NotModified);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = row.Utf8.Length;
        await response.StartAsync(http.RequestAborted);
        WriteDocument(response, row);
        return Flushed.Instance;
    }

    private static void WriteDocument(HttpResponse response, in SqliteDocumentReads.DocumentRow row) => response.BodyWriter.Write(row.Utf8);

    /// <summary>For a body already written into the pipe: sends it.</summary>
    private sealed class Flushed : IResult
    {
        public static readonly Flushed Instance = new();
        public Task ExecuteAsync(HttpContext http) => http.Response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
    }

    /// <summary>A document already in UTF-8 (as the database keeps it), copied into the response pipe.</summary>
    private sealed class Utf8DocumentResult(byte[] utf8) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var response = http.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = utf8.Length;
            return response.BodyWriter.WriteAsync(utf8, http.RequestAborted).AsTask();
        }
    }

    private static IResult Json(HttpContext http, string json, int revision, int status, string? location)
    {
        http.Response.Headers.ETag = ETags.Format(revision);
        if (location is not null) http.Response.Headers.Location = location;
        return new DocumentResult(json, status);
    }

    /// <summary>One JSON document encoded straight into the response pipe, with its Content-Length (no chunking).</summary>
    private sealed class DocumentResult(string json, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var response = http.Response;
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = Encoding.UTF8.GetByteCount(json);
            Encoding.UTF8.GetBytes(json.AsSpan(), response.BodyWriter);
            return response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
        }
    }

    /// <summary>A page of full records as <c>{"items":[…],"next":…,"total":…}</c> with an RFC 8288 Link header to the next page.</summary>
    public static IResult Page(HttpContext http, DatasetPage page)
    {
        PageHeaders(http, page.NextCursor, page.Total);
        return new PageResult(null, page.Items, page.NextCursor, page.Total);
    }

    /// <summary>A page of listing summaries: the same envelope and headers, the stored UTF-8 items copied as they are.</summary>
    public static IResult Page(HttpContext http, SummaryPage page)
    {
        PageHeaders(http, page.NextCursor, page.Total);
        return new PageResult(page.Items, null, page.NextCursor, page.Total);
    }

    private static void PageHeaders(HttpContext http, string? nextCursor, int? total)
    {
        if (nextCursor is not null)
        {
            var query = http.Request.Query.Where(q => q.Key != "after").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
                .Append("after=" + nextCursor);
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}?{string.Join('&', query)}>; rel=\"next\"";
        }
        if (total is { } t) http.Response.Headers["X-Total-Count"] = t.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Streams the page into the response's PipeWriter: the items (stored UTF-8 summaries, or the documents
    /// encoded straight into the pipe) are never concatenated into one string or buffer, so a page costs no
    /// large-object-heap allocation; the length is known up front, so the response has a Content-Length.
    /// </summary>
    private sealed class PageResult(IReadOnlyList<byte[]>? utf8, IReadOnlyList<StoredRecord>? records, string? next, int? total) : IResult
    {
        private const int FlushThreshold = 64 * 1024;

        public async Task ExecuteAsync(HttpContext http)
        {
            var tail = Tail();
            var count = utf8?.Count ?? records!.Count;
            long length = "{\"items\":["u8.Length + Math.Max(count - 1, 0) + tail.Length;
            if (utf8 is not null) foreach (var item in utf8) length += item.Length;
            else foreach (var r in records!) length += Encoding.UTF8.GetByteCount(r.Json);
            var response = http.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = length;
            var writer = response.BodyWriter;
            writer.Write("{\"items\":["u8);
            for (var i = 0; i < count; i++)
            {
                if (i > 0) writer.Write(","u8);
                if (utf8 is not null) writer.Write(utf8[i]);
                else Encoding.UTF8.GetBytes(records![i].Json.AsSpan(), writer);
                if (writer.UnflushedBytes >= FlushThreshold)
                {
                    var flushed = await writer.FlushAsync(http.RequestAborted);
                    if (flushed.IsCanceled || flushed.IsCompleted) return;
                }
            }
            writer.Write(tail);
            await writer.FlushAsync(http.RequestAborted);
        }

        /// <summary><c>],"next":…,"total":…}</c>; the cursor is URL-safe base64, so it needs no escaping.</summary>
        private byte[] Tail()
        {
            var sb = new StringBuilder("],\"next\":");
            sb.Append(next is null ? "null" : "\"" + next + "\"");
            if (total is { } t) sb.Append(",\"total\":").Append(t.ToString(CultureInfo.InvariantCulture));
            sb.Append('}');
            return Encoding.UTF8.GetBytes(sb.ToString());
        }
    }
}

using System.Text;
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
        return Json(http, s.Json, revision, StatusCodes.Status200OK, null);
    }

    private static IResult Json(HttpContext http, string json, int revision, int status, string? location)
    {
        http.Response.Headers.ETag = ETags.Format(revision);
        if (location is not null) http.Response.Headers.Location = location;
        return Results.Text(json, "application/json", Encoding.UTF8, status);
    }

    /// <summary>A page as <c>{"items":[…],"next":…,"total":…}</c> with an RFC 8288 Link header to the next page.</summary>
    public static IResult Page(HttpContext http, DatasetPage page)
    {
        var sb = new StringBuilder(page.Items.Sum(i => i.Json.Length) + 64);
        sb.Append("{\"items\":[");
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(page.Items[i].Json);
        }
        sb.Append("],\"next\":");
        sb.Append(page.NextCursor is null ? "null" : "\"" + page.NextCursor + "\"");
        if (page.Total is { } total) sb.Append(",\"total\":").Append(total);
        sb.Append('}');
        if (page.NextCursor is not null)
        {
            var query = http.Request.Query.Where(q => q.Key != "after").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
                .Append("after=" + page.NextCursor);
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}?{string.Join('&', query)}>; rel=\"next\"";
        }
        if (page.Total is { } t) http.Response.Headers["X-Total-Count"] = t.ToString();
        return Results.Text(sb.ToString(), "application/json", Encoding.UTF8);
    }
}

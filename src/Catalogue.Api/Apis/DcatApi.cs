using System.Globalization;
using Catalogue.Api.Dcat;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Mappings.Dcat;
using Catalogue.Domain.Model;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Apis;

/// <summary>
/// HealthDCAT-AP feeds and DCAT import (issue 3): /catalog (paged, Hydra), /catalog/dump (everything, streamed),
/// /organizations/{slug}/catalog, /datasets/{id-or-slug}, each negotiated or by suffix (.ttl .jsonld .rdf .nt),
/// the change feed with tombstones, our JSON-LD context, and POST /api/v1/import/dcat.
/// </summary>
public static class DcatApi
{
    public static WebApplication MapDcatApi(this WebApplication app)
    {
        var feeds = app.MapGroup("").WithTags("DCAT");
        feeds.MapGet(CatalogueContext.Path, () => Results.Json(CatalogueContext.Document(), contentType: "application/ld+json"))
            .WithName("JsonLdContext").WithSummary("The JSON-LD context our JSON-LD feeds name");
        feeds.MapGet("/catalog", (HttpContext http, DatasetStore s, OrganizationStore o) => Catalog(http, s, o, null, null, false))
            .WithName("Catalog").WithSummary("The HealthDCAT-AP catalogue, paged (?page=N&page_size=M, Hydra view); negotiated")
            .WithDescription("Example: GET /catalog?page=2&page_size=50 with Accept: text/turtle. Filters: modified_since, access_rights (PUBLIC, RESTRICTED, NON_PUBLIC). page_size=all streams everything.");
        feeds.MapGet("/catalog.{ext}", (string ext, HttpContext http, DatasetStore s, OrganizationStore o) => Catalog(http, s, o, ext, null, false))
            .WithName("CatalogBySuffix").WithSummary("The catalogue in the syntax named by the suffix: ttl, jsonld, rdf, nt");
        feeds.MapGet("/catalog/dump", (HttpContext http, DatasetStore s, OrganizationStore o) => Catalog(http, s, o, null, null, true))
            .WithName("CatalogDump").WithSummary("Every published record in one streamed document (bounded memory)");
        feeds.MapGet("/catalog/dump.{ext}", (string ext, HttpContext http, DatasetStore s, OrganizationStore o) => Catalog(http, s, o, ext, null, true))
            .WithName("CatalogDumpBySuffix").WithSummary("The full dump in the syntax named by the suffix");
        feeds.MapGet("/catalog/changes", Changes).WithName("CatalogChanges")
            .WithSummary("Change feed: published and withdrawn (tombstone) records modified since a time, oldest first")
            .WithDescription("Example: GET /catalog/changes?since=2025-01-01T00:00:00Z&limit=100; follow 'next'.");
        feeds.MapGet("/organizations/{slug}/catalog", (string slug, HttpContext http, DatasetStore s, OrganizationStore o) => Catalog(http, s, o, null, slug, false))
            .WithName("OrganizationCatalog").WithSummary("One organisation's catalogue, paged and negotiated");
        feeds.MapGet("/organizations/{slug}/catalog.{ext}", (string slug, string ext, HttpContext http, DatasetStore s, OrganizationStore o) => Catalog(http, s, o, ext, slug, false))
            .WithName("OrganizationCatalogBySuffix").WithSummary("One organisation's catalogue by suffix");
        feeds.MapGet("/datasets/{key}", Dataset).WithName("DatasetDocument")
            .WithSummary("One dataset as HealthDCAT-AP (negotiated, or by suffix .ttl .jsonld .rdf .nt); browsers get an HTML page with schema.org")
            .WithDescription("Withdrawn records answer 410 Gone with a tombstone. ETag and Last-Modified allow 304s.");
        app.MapPost("/api/v1/import/dcat", Import).WithTags("DCAT").WithName("ImportDcat")
            .WithSummary("Import a DCAT / HealthDCAT-AP document (Turtle, JSON-LD, RDF/XML, N-Triples by Content-Type)")
            .WithDescription("Example: POST /api/v1/import/dcat?dryRun=true&organization=health-data-hub with Content-Type: text/turtle. Returns created/updated/unchanged/rejected per dataset.")
            .Produces<DcatImportReport>();
        return app;
    }

    private static async Task<IResult> Catalog(HttpContext http, DatasetStore store, OrganizationStore organizations, string? ext, string? orgSlug, bool dump)
    {
        var syntax = Syntax(http, ext);
        if (syntax is null) return ext is null ? DcatRequest.NotAcceptable(false) : Results.NotFound();
        var links = DcatRequest.Links(http);
        var q = http.Request.Query;
        var owner = orgSlug is null ? null : await organizations.GetAsync(orgSlug, http.RequestAborted);
        var filter = new FeedFilter(owner, AccessFilter(q["access_rights"]), DateFilter(q["modified_since"]));
        var feed = new DcatFeed(store, organizations, links, CatalogInfo.Default);
        var caller = Caller.From(http.User);
        var contextUrl = links.BaseUrl + CatalogueContext.Path;
        if (dump || q["page_size"] == "all")
            return new RdfStreamResult(syntax, contextUrl, (o, ct) => feed.WriteDumpAsync(o, filter, caller, ct));

        var page = Positive(q["page"], 1, "page");
        var pageSize = Math.Min(Positive(q["page_size"], DcatFeed.DefaultPageSize, "page_size"), DcatFeed.MaxPageSize);
        var path = (owner is null ? "/catalog" : $"/organizations/{owner.Slug}/catalog") + (ext is null ? "" : "." + ext);
        string PageUrl(int n)
        {
            var parts = q.Where(kv => kv.Key is not ("page" or "page_size")).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value.ToString())}")
                .Append($"page={n}").Append($"page_size={pageSize}");
            return links.BaseUrl + path + "?" + string.Join("&", parts);
        }
        return new RdfStreamResult(syntax, contextUrl, (o, ct) => feed.WritePageAsync(o, filter, page, pageSize, PageUrl, caller, ct));
    }

    private static async Task<IResult> Dataset(string key, HttpContext http, DatasetStore store, OrganizationStore organizations, CancellationToken ct)
    {
        var (name, bySuffix) = DcatRequest.Suffix(key);
        var media = bySuffix?.MediaType ?? DcatRequest.Negotiate(http, offerHtml: true);
        if (media is null) return DcatRequest.NotAcceptable(true);
        var r = (await store.GetAsync(Uri.UnescapeDataString(name), Caller.From(http.User), ct)).Record;
        var links = DcatRequest.Links(http);
        http.Response.Headers.Vary = "Accept";
        var etag = $"W/\"r{r.Revision}-{RdfSyntax.All.FirstOrDefault(s => s.MediaType == media)?.Extension ?? "html"}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = r.ModifiedAt.ToString("R", CultureInfo.InvariantCulture);
        if (NotModified(http.Request, etag, r.ModifiedAt)) return Results.StatusCode(StatusCodes.Status304NotModified);

        var withdrawn = r.Status == RecordStatus.Withdrawn;
        var status = withdrawn ? StatusCodes.Status410Gone : StatusCodes.Status200OK;
        if (media == RdfNegotiation.Html)
            return Results.Content(DatasetLandingPage.Render(r, await store.OrganizationAsync(r.OrganizationId, ct), links.Dataset(r.Id).Value),
                "text/html; charset=utf-8", null, status);
        var syntax = RdfSyntax.All.First(s => s.MediaType == media);
        var feed = new DcatFeed(store, organizations, links, CatalogInfo.Default);
        return new RdfStreamResult(syntax, links.BaseUrl + CatalogueContext.Path, async (o, c) =>
        {
            if (withdrawn) { DatasetTombstone.Write(r, links, o.Emitter); await o.FlushAsync(c); }
            else await feed.WriteDatasetAsync(o, r, c);
        }, status);
    }

    private static async Task<IResult> Changes(HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var q = http.Request.Query;
        var links = DcatRequest.Links(http);
        var limit = Math.Min(Positive(q["limit"], 100, "limit"), 1000);
        var filter = store.Filter(new DatasetQuery { Statuses = [RecordStatus.Published, RecordStatus.Withdrawn], ModifiedSince = DateFilter(q["since"]) }, Caller.From(http.User));
        var cursor = q["after"].ToString() is { Length: > 0 } after ? Cursor.Decode(after) : null;
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Keyset.Apply(filter, DatasetSort.ModifiedAsc, cursor).Select(d => new { d.Id, d.Identifier, d.Status, d.ModifiedAt, d.SearchKey }).Take(limit + 1), ct);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = new Cursor(DatasetSort.ModifiedAsc, rows[^1].ModifiedAt.ToString("O", CultureInfo.InvariantCulture), rows[^1].SearchKey).Encode();
        }
        var items = rows.Select(d => new ChangeItem(links.Dataset(d.Id).Value, d.Id, d.Identifier,
            d.Status == (int)RecordStatus.Withdrawn ? "withdrawn" : "published", new DateTimeOffset(DateTime.SpecifyKind(d.ModifiedAt, DateTimeKind.Utc)))).ToList();
        return Results.Ok(new ChangeFeed(items, next is null ? null : $"{links.BaseUrl}/catalog/changes?after={next}&limit={limit}"));
    }

    private static async Task<IResult> Import(HttpContext http, DatasetStore store, OrganizationStore organizations,
        [FromQuery] bool? dryRun, [FromQuery] string? organization, [FromQuery] bool? publish, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsAuthenticated) throw new UnauthorizedException();
        if (!caller.IsAdmin && caller.Organizations.Count == 0) throw new ForbiddenException("Importing needs an admin or editor key.");
        var syntax = RdfSyntax.FromContentType(http.Request.ContentType);
        if (syntax is null)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send text/turtle, application/ld+json, application/rdf+xml or application/n-triples.");
        var links = DcatRequest.Links(http);
        var graph = await DcatBody.ReadAsync(http.Request, syntax, links.BaseUrl + "/import/", ct);
        var report = await new DcatImportService(store, organizations, links).ImportAsync(graph.Triples, organization, dryRun ?? false, publish ?? false, caller, ct);
        return Results.Ok(report);
    }

    private static RdfSyntax? Syntax(HttpContext http, string? ext) =>
        ext is not null ? RdfSyntax.FromExtension(ext)
        : DcatRequest.Negotiate(http, offerHtml: false) is { } media ? RdfSyntax.All.First(s => s.MediaType == media) : null;

    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset modified)
    {
        var inm = request.Headers.IfNoneMatch.ToString();
        if (inm.Length > 0) return inm.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || "W/" + t == etag);
        return DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && modified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }

    private static int Positive(string? text, int fallback, string name) =>
        string.IsNullOrEmpty(text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n
        : throw new BadRequestException(name, $"{name} must be a positive integer.");

    private static AccessLevel? AccessFilter(string? code) =>
        string.IsNullOrEmpty(code) ? null : AccessLevelCodes.FromCode(code.ToUpperInvariant())
            ?? throw new BadRequestException("access_rights", "access_rights is one of PUBLIC, RESTRICTED, NON_PUBLIC.");

    private static DateTimeOffset? DateFilter(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d
        : throw new BadRequestException("modified_since", "Dates are ISO 8601, e.g. 2025-01-31 or 2025-01-31T12:00:00Z.");
}

public sealed record ChangeItem(string Iri, Guid Id, string Identifier, string Status, DateTimeOffset Modified);
public sealed record ChangeFeed(IReadOnlyList<ChangeItem> Items, string? Next);

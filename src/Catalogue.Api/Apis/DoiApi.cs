using Catalogue.Api.Http;
using Catalogue.Api.Security;
using Catalogue.Api.Sync.DataCite;

namespace Catalogue.Api.Apis;

/// <summary>A record's DOI: reserve it, start a new major version with its own DOI, see it as DataCite holds it (issue 6).</summary>
public static class DoiApi
{
    public static RouteGroupBuilder MapDoiApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/datasets").WithTags("DOI");
        g.MapPost("/{id:guid}/doi", Reserve).WithName("ReserveDoi").WithSummary("Reserve a draft DOI for the record now (editor of its organisation; idempotent)")
            .WithDescription("Example: POST /api/v1/datasets/{id}/doi (no body). Calls DataCite at once; the DOI then shows in the record (REST, GraphQL, DCAT, data.gouv.fr extras) and becomes findable when the record is published. 201 when reserved, 200 when it already had one.")
            .Produces(201).Produces(200).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).RequireRateLimiting(RateLimits.Writes);
        g.MapPost("/{id:guid}/new-version", NewVersion).WithName("NewDatasetVersion").WithSummary("Start the next major version of the record, with a new DOI linked to this one")
            .WithDescription("Example: POST /api/v1/datasets/{id}/new-version (no body). Creates a draft copy with previousVersionId set and the series' concept DOI carried; DataCite gets IsNewVersionOf / IsPreviousVersionOf links both ways.")
            .Produces(201).ProducesProblem(403).ProducesProblem(409).RequireRateLimiting(RateLimits.Writes);
        g.MapGet("/{id:guid}/doi", Status).WithName("GetDoi").WithSummary("The record's DOI at DataCite: state, edits made there since our last push, view/download/citation counts, conflicts")
            .WithDescription("Example: GET /api/v1/datasets/{id}/doi. Reads DataCite live (falls back to the last known state); remoteChanges lists fields edited at DataCite since our last push, e.g. {\"path\":\"titles[0].title\",\"pushed\":\"…\",\"remote\":\"…\"}.")
            .Produces<DoiStatus>().ProducesProblem(404);
        return api;
    }

    private static async Task<IResult> Reserve(Guid id, HttpContext http, DoiReservations reservations, CancellationToken ct)
    {
        var caller = RequireKey(http);
        var before = http.RequestServices.GetRequiredService<Services.DatasetStore>();
        bool had = (await before.GetAsync(id.ToString(), caller, ct)).Record.Doi is not null;
        var record = await reservations.ReserveAsync(id, caller, ct);
        return RecordResults.Record(http, record, had ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    private static async Task<IResult> NewVersion(Guid id, HttpContext http, DoiReservations reservations, CancellationToken ct)
    {
        var record = await reservations.NewVersionAsync(id, RequireKey(http), ct);
        return RecordResults.Record(http, record, StatusCodes.Status201Created, $"/api/v1/datasets/{record.Id}");
    }

    private static async Task<IResult> Status(Guid id, HttpContext http, DoiStatusQuery query, CancellationToken ct) =>
        TypedResults.Ok(await query.GetAsync(id, Caller.From(http.User), ct));

    private static Caller RequireKey(HttpContext http)
    {
        var caller = Caller.From(http.User);
        return caller.IsAuthenticated ? caller : throw new UnauthorizedException();
    }
}

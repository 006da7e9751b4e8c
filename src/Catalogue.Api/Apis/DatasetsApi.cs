using Catalogue.Api.Http;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Apis;

/// <summary>REST for dataset records: CRUD, lifecycle, validation, quality, revisions.</summary>
public static class DatasetsApi
{
    public static RouteGroupBuilder MapDatasetsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/datasets").WithTags("Datasets");
        g.MapGet("/", List).WithName("ListDatasets").WithSummary("List datasets with filters, sorting and cursor pagination")
            .WithDescription("Example: GET /api/v1/datasets?theme=HEAL&healthCategory=EHRS&licence=etalab-2.0&sort=-modified&limit=20&count=true. Follow the Link header (rel=next) for the next page. "
                + "Items are dataset summaries (identity, title, description, status, access rights, publisher, keywords, themes, licences, dates, DOI, quality score, distributions without the data dictionary, links.self to the full record); view=full returns whole records (DatasetRecord) instead.")
            .Produces<DatasetListResponse>();
        g.MapGet("/{key}", Get).WithName("GetDataset").WithSummary("Get one dataset by id, slug, identifier or DOI")
            .WithDescription("Example: GET /api/v1/datasets/urgences-oscour-2023. The ETag names the revision; send it back in If-Match to update.")
            .Produces<DatasetRecord>().ProducesProblem(404);
        g.MapPost("/", Create).WithName("CreateDataset").WithSummary("Create a draft record")
            .WithDescription("Example body: {\"organizationId\":\"…\",\"title\":{\"fr\":\"Passages aux urgences\",\"en\":\"Emergency visits\"},\"accessRights\":\"Public\"}. Honours Idempotency-Key.")
            .Accepts<DatasetRecord>("application/json").Produces<DatasetRecord>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409)
            .AddEndpointFilter<IdempotencyFilter>().RequireRateLimiting(RateLimits.Writes);
        g.MapPut("/{id:guid}", Update).WithName("UpdateDataset").WithSummary("Replace a record (If-Match required)")
            .WithDescription("Example: PUT /api/v1/datasets/{id} with If-Match: \"r3\" and the whole record. A stale If-Match gives 412.")
            .Accepts<DatasetRecord>("application/json").Produces<DatasetRecord>().ProducesValidationProblem().ProducesProblem(412).ProducesProblem(428)
            .RequireRateLimiting(RateLimits.Writes);
        g.MapDelete("/{id:guid}", Delete).WithName("DeleteDataset").WithSummary("Delete a never-published draft (If-Match required)")
            .WithDescription("Example: DELETE /api/v1/datasets/{id} with If-Match: \"r2\". A record that was ever published gives 409: withdraw it instead.")
            .Produces(204).ProducesProblem(409).RequireRateLimiting(RateLimits.Writes);
        foreach (var (path, action) in new[] { ("submit", LifecycleAction.Submit), ("return-to-draft", LifecycleAction.ReturnToDraft), ("publish", LifecycleAction.Publish), ("withdraw", LifecycleAction.Withdraw) })
            g.MapPost($"/{{id:guid}}/{path}", (Guid id, HttpContext http, DatasetStore store, [FromQuery] string? reason, CancellationToken ct) => Transition(id, action, reason, http, store, ct))
                .WithName($"Dataset{action}").WithSummary($"Lifecycle: {path}")
                .WithDescription(action == LifecycleAction.Publish ? "Refused with 422 and the list of failing mandatory checks while they fail." : $"Example: POST /api/v1/datasets/{{id}}/{path}")
                .Produces<DatasetRecord>().ProducesProblem(409).ProducesProblem(422).AddEndpointFilter<IdempotencyFilter>().RequireRateLimiting(RateLimits.Writes);
        g.MapGet("/{key}/validation", Validation).WithName("ValidateDataset").WithSummary("Publication checks: errors block publishing, warnings are recommendations")
            .WithDescription("Example: GET /api/v1/datasets/passages-urgences-oscour/validation")
            .Produces<ValidationReport>();
        g.MapGet("/{key}/quality", Quality).WithName("DatasetQuality").WithSummary("Explainable quality score with what is missing")
            .WithDescription("Example: GET /api/v1/datasets/passages-urgences-oscour/quality")
            .Produces<QualityReport>();
        g.MapGet("/{id:guid}/revisions", Revisions).WithName("ListRevisions").WithSummary("Immutable history of the record").WithDescription("Example: GET /api/v1/datasets/{id}/revisions").Produces<IReadOnlyList<RevisionInfo>>();
        g.MapGet("/{id:guid}/revisions/{number:int}", Revision).WithName("GetRevision").WithSummary("The record as it was at a revision").WithDescription("Example: GET /api/v1/datasets/{id}/revisions/1").Produces<RevisionResponse>();
        g.MapGet("/{id:guid}/revisions/{from:int}/diff/{to:int}", Diff).WithName("DiffRevisions").WithSummary("Field-level difference between two revisions")
            .WithDescription("Example: GET /api/v1/datasets/{id}/revisions/1/diff/3").Produces<IReadOnlyList<FieldChange>>();
        g.MapPost("/{id:guid}/revisions/{number:int}/restore", Restore).WithName("RestoreRevision").WithSummary("Restore a revision's content as a new revision (If-Match required)")
            .WithDescription("Example: POST /api/v1/datasets/{id}/revisions/2/restore with If-Match: \"r5\"")
            .Produces<DatasetRecord>().ProducesProblem(412).RequireRateLimiting(RateLimits.Writes);
        return api;
    }

    /// <summary>Summaries by default (stored UTF-8, copied into the response); whole records with <c>view=full</c>.</summary>
    public static async Task<IResult> List([AsParameters] DatasetListParameters p, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var query = p.ToQuery();
        return p.FullView()
            ? RecordResults.Page(http, await store.ListAsync(query, Caller.From(http.User), ct))
            : RecordResults.Page(http, await store.ListSummariesAsync(query, Caller.From(http.User), ct));
    }

    /// <summary>An identifier may itself be an IRI: its slashes arrive percent-encoded and are decoded here.</summary>
    /// <remarks>By id on SQLite, the most frequent request of all, the row is read and copied into the response
    /// by <see cref="Infrastructure.SqliteDocumentReads"/> alone: no store, no DbContext leased from the pool.</remarks>
    public static async Task<IResult> Get(string key, HttpContext http, Infrastructure.SqliteDocumentReads reads, CancellationToken ct)
    {
        key = Uri.UnescapeDataString(key);
        var caller = Caller.From(http.User);
        if (reads.IsAvailable && Guid.TryParse(key, out var id))
            return await RecordResults.ByIdAsync(http, reads, id, caller) ?? throw new NotFoundException($"Dataset '{key}'");
        var store = http.RequestServices.GetRequiredService<DatasetStore>();
        return RecordResults.Stored(http, await store.GetAsync(key, caller, ct));
    }

    public static async Task<IResult> Create(HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var caller = RequireAuthenticated(http);
        var record = await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.DatasetRecord, ct);
        var created = await store.CreateAsync(record, caller, ct);
        return RecordResults.Record(http, created, StatusCodes.Status201Created, $"/api/v1/datasets/{created.Id}");
    }

    public static async Task<IResult> Update(Guid id, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var caller = RequireAuthenticated(http);
        var record = await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.DatasetRecord, ct);
        return RecordResults.Record(http, await store.UpdateAsync(id, record, ETags.IfMatch(http.Request), caller, ct));
    }

    public static async Task<IResult> Delete(Guid id, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        await store.DeleteAsync(id, ETags.IfMatch(http.Request), RequireAuthenticated(http), ct);
        return Results.NoContent();
    }

    public static async Task<IResult> Transition(Guid id, LifecycleAction action, string? reason, HttpContext http, DatasetStore store, CancellationToken ct) =>
        RecordResults.Record(http, await store.TransitionAsync(id, action, ETags.IfMatch(http.Request), RequireAuthenticated(http), reason, ct));

    public static async Task<IResult> Validation(string key, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var record = (await store.GetAsync(key, Caller.From(http.User), ct)).Record;
        var issues = await store.ValidationReportAsync(record, ct);
        return TypedResults.Ok(new ValidationReport(record.Id, record.AccessRights.ToCode(), PublicationChecks.CanPublish(issues),
            issues.Where(i => i.Severity == IssueSeverity.Error).ToList(), issues.Where(i => i.Severity == IssueSeverity.Warning).ToList()));
    }

    public static async Task<IResult> Quality(string key, HttpContext http, DatasetStore store, TimeProvider clock, CancellationToken ct)
    {
        var record = (await store.GetAsync(key, Caller.From(http.User), ct)).Record;
        return TypedResults.Ok(QualityScore.Compute(record, clock.GetUtcNow()));
    }

    public static async Task<IResult> Revisions(Guid id, HttpContext http, RevisionStore revisions, CancellationToken ct) =>
        TypedResults.Ok(await revisions.ListAsync(id, Caller.From(http.User), ct));

    public static async Task<IResult> Revision(Guid id, int number, HttpContext http, RevisionStore revisions, CancellationToken ct)
    {
        var (info, record) = await revisions.GetAsync(id, number, Caller.From(http.User), ct);
        return TypedResults.Ok(new RevisionResponse(info, record));
    }

    public static async Task<IResult> Diff(Guid id, int from, int to, HttpContext http, RevisionStore revisions, CancellationToken ct) =>
        TypedResults.Ok(await revisions.DiffAsync(id, from, to, Caller.From(http.User), ct));

    public static async Task<IResult> Restore(Guid id, int number, HttpContext http, DatasetStore store, CancellationToken ct) =>
        RecordResults.Record(http, await store.RestoreAsync(id, number, ETags.IfMatch(http.Request), RequireAuthenticated(http), ct));

    /// <summary>Writes need a key; anonymous callers get 401 with a problem body rather than a bare challenge.</summary>
    public static Caller RequireAuthenticated(HttpContext http)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsAuthenticated) throw new UnauthorizedException();
        return caller;
    }
}

public sealed class UnauthorizedException() : CatalogueException("This operation needs an API key (X-Api-Key header).");

/// <summary>A page of the listing: <see cref="DatasetSummaryItem"/>s by default, whole <see cref="DatasetRecord"/>s with view=full.</summary>
public sealed record DatasetListResponse(IReadOnlyList<DatasetSummaryItem> Items, string? Next, int? Total);

/// <summary>The listing summary of a dataset (Services.DatasetSummary writes it; this type documents its shape).</summary>
public sealed record DatasetSummaryItem(
    Guid Id, string Slug, string Identifier, string? Doi, RecordStatus Status, int Revision,
    LocalizedText Title, LocalizedText Description, AccessLevel AccessRights, Guid OrganizationId, DatasetSummaryPublisher Publisher,
    LocalizedList Keywords, IReadOnlyList<string> Themes, IReadOnlyList<string> HealthCategories, IReadOnlyList<string> Licenses,
    DateOnly? Issued, DateTimeOffset ModifiedAt, int QualityScore, bool HasStructuredData,
    IReadOnlyList<DatasetSummaryDistribution> Distributions, DatasetSummaryLinks Links);

public sealed record DatasetSummaryPublisher(Guid Id, string? Name, string? Acronym);
public sealed record DatasetSummaryDistribution(Guid Id, LocalizedText Title, string? Format, string? MediaType, string AccessUrl,
    string? DownloadUrl, long? ByteSize, DistributionRole Role, bool IsRemote);
public sealed record DatasetSummaryLinks(string Self, string Quality, string Revisions);
public sealed record ValidationReport(Guid Id, string AccessRights, bool CanPublish, IReadOnlyList<ValidationIssue> Errors, IReadOnlyList<ValidationIssue> Warnings);
public sealed record RevisionResponse(RevisionInfo Revision, DatasetRecord Record);

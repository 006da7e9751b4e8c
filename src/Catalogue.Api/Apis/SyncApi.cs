using System.Text.Json.Nodes;
using Catalogue.Api.Cli;
using Catalogue.Api.Extensions;
using Catalogue.Api.Http;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Api.Sync;
using Catalogue.Api.Sync.Cli;
using Catalogue.Api.Sync.Outbox;
using Catalogue.Api.Sync.Udata;
using Catalogue.Sync.Engine;
using Catalogue.Sync.Udata;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Apis;

/// <summary>Sync status and actions over REST, and the sync engine's registration (issues 5 and 6). Wired in the composition root.</summary>
public static class SyncApi
{
    public static WebApplicationBuilder AddCatalogueSync(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddOptions<SyncDispatcherOptions>().BindConfiguration(SyncDispatcherOptions.Section);
        services.AddOptions<UdataSyncOptions>().BindConfiguration(UdataSyncOptions.Section);
        services.AddScoped<SyncStateStore>();
        services.AddScoped<SyncWorkspace>();
        services.AddScoped<SyncStatusQueries>();
        services.AddScoped<SyncCommands>();
        services.AddSingleton<IOutboxCandidates>(sp =>
            string.Equals(sp.GetRequiredService<DatabaseOptions>().Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
                ? new PostgresOutboxCandidates() : new SqliteOutboxCandidates());
        services.AddSingleton<OutboxProcessor>();
        // Always registered; it only works for targets listed in Sync:Targets:Enabled (read when it starts).
        services.AddHostedService<OutboxDispatcher>();

        // data.gouv.fr: the client reads section "Udata" when first resolved; without a BaseUrl it points at the
        // production API, anonymously, which can read but never write.
        services.AddUdataClient(o =>
        {
            config.GetSection(UdataOptions.SectionName).Bind(o);
            o.BaseUrl ??= new Uri("https://www.data.gouv.fr/api/1/");
        });
        services.AddScoped<UdataRemoteLocator>();
        services.AddScoped<UdataResourcePusher>();
        services.AddScoped<UdataReconciler>();
        services.AddScoped<UdataPuller>();
        services.AddScoped<ISyncTarget, UdataSyncTarget>();
        services.AddHostedService<UdataPullScheduler>();

        SyncCli.Register();
        Sync.DataCite.DataCiteSyncRegistration.AddDataCiteSync(builder);
        return builder;
    }

    public static RouteGroupBuilder MapSyncApi(this RouteGroupBuilder api)
    {
        api.MapGet("/datasets/{id:guid}/sync", DatasetStatus).WithTags("Sync").WithName("DatasetSyncStatus")
            .WithSummary("Sync state of one record on each remote system, with its conflicts")
            .WithDescription("Example: GET /api/v1/datasets/{id}/sync → [{\"target\":\"udata\",\"remoteId\":\"…\",\"status\":\"conflict\",\"conflicts\":[{\"field\":\"title\",\"local\":\"…\",\"remote\":\"…\"}]}]")
            .Produces<IReadOnlyList<DatasetSyncStatus>>();
        api.MapPost("/datasets/{id:guid}/sync/{target}/resolve", Resolve).WithTags("Sync").WithName("ResolveSyncConflict")
            .WithSummary("Settle a conflict by choosing a side (editor of the record's organisation)")
            .WithDescription("Example: POST /api/v1/datasets/{id}/sync/udata/resolve with {\"choose\":\"local\",\"field\":\"title\"}; without field, every conflicting field.")
            .RequireRateLimiting(RateLimits.Writes);
        api.MapGet("/sync/status", Status).WithTags("Sync").WithName("SyncStatus")
            .WithSummary("Counts per remote system: pending, failed, conflicts")
            .WithDescription("Example: GET /api/v1/sync/status?organization=sante-publique-france with any key").Produces<IReadOnlyList<TargetStatus>>();
        api.MapPost("/sync/{target}/push", Push).WithTags("Sync").WithName("SyncPush")
            .WithSummary("Drain the outbox now (admin)")
            .WithDescription("Example: POST /api/v1/sync/udata/push?all=true (all=true first queues every record, optionally of ?organization=slug)");
        api.MapPost("/sync/{target}/pull", Pull).WithTags("Sync").WithName("SyncPull")
            .WithSummary("Pull remote changes (admin)")
            .WithDescription("Example: POST /api/v1/sync/udata/pull?organization=ors&onboard=true imports the organisation's datasets; without onboard, changes since the last pull (or ?since=2026-01-01T00:00:00Z)");
        return api;
    }

    private static IReadOnlyList<string> EnabledTargets(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<SyncTargetsOptions>>().Value.Enabled;

    private static async Task<IResult> DatasetStatus(Guid id, HttpContext http, DatasetStore store, SyncStatusQueries queries, CancellationToken ct)
    {
        await store.GetAsync(id.ToString(), Caller.From(http.User), ct); // 404 unless visible to the caller
        return TypedResults.Ok(await queries.DatasetAsync(id, EnabledTargets(http), ct));
    }

    private static async Task<IResult> Status(HttpContext http, SyncStatusQueries queries, OrganizationStore orgs, string? organization, CancellationToken ct)
    {
        if (!Caller.From(http.User).IsAuthenticated) throw new UnauthorizedException();
        Guid? orgId = organization is null ? null : await OrganizationIdAsync(http, organization, ct);
        return TypedResults.Ok(await queries.TargetsAsync(EnabledTargets(http), orgId, ct));
    }

    private static async Task<IResult> Resolve(Guid id, string target, HttpContext http, DatasetStore store, SyncCommands commands, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsAuthenticated) throw new UnauthorizedException();
        var record = (await store.GetAsync(id.ToString(), caller, ct)).Record;
        if (!caller.CanEdit(record.OrganizationId)) throw new ForbiddenException("This key cannot edit this record's organisation.");
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct) as JsonObject
            ?? throw new BadRequestException("$", "Expected {\"choose\": \"local\" | \"remote\", \"field\"?: \"...\"}.");
        var side = (string?)body["choose"] switch
        {
            "local" => ConflictSide.Local,
            "remote" => ConflictSide.Remote,
            _ => throw new BadRequestException("choose", "choose is \"local\" or \"remote\"."),
        };
        var state = await commands.ResolveAsync(id, target, (string?)body["field"], side, ct);
        return TypedResults.Ok(new { target, state.Status, remaining = state.Conflicts });
    }

    private static async Task<IResult> Push(string target, HttpContext http, SyncCommands commands, OutboxProcessor processor, bool? all, string? organization, CancellationToken ct)
    {
        RequireAdmin(http);
        RequireEnabled(http, commands, target);
        var queued = all == true ? await commands.EnqueueAllAsync(target, organization is null ? null : await OrganizationIdAsync(http, organization, ct), ct) : 0;
        var processed = await processor.DrainAsync(ct);
        return TypedResults.Ok(new { target, queued, processed });
    }

    private static async Task<IResult> Pull(string target, HttpContext http, SyncCommands commands, string? organization, bool? onboard, DateTimeOffset? since, CancellationToken ct)
    {
        RequireAdmin(http);
        var t = RequireEnabled(http, commands, target);
        Guid? orgId = organization is null ? null : await OrganizationIdAsync(http, organization, ct);
        if (onboard == true && orgId is null) throw new BadRequestException("organization", "Onboarding imports into one organisation: give ?organization=slug.");
        return TypedResults.Ok(await commands.PullAsync(t, new PullRequest(orgId, since, onboard == true), ct));
    }

    private static ISyncTarget RequireEnabled(HttpContext http, SyncCommands commands, string target) =>
        EnabledTargets(http).Contains(target) && commands.Find(target) is { } t ? t
            : throw new NotFoundException($"Sync target '{target}' (enabled: {string.Join(", ", EnabledTargets(http))})");

    private static void RequireAdmin(HttpContext http)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsAuthenticated) throw new UnauthorizedException();
        if (!caller.IsAdmin) throw new ForbiddenException("Only an admin key can run a sync.");
    }

    private static async Task<Guid> OrganizationIdAsync(HttpContext http, string key, CancellationToken ct)
    {
        var ws = http.RequestServices.GetRequiredService<SyncWorkspace>();
        var orgs = await ws.OrganizationsAsync(ct);
        return orgs.FirstOrDefault(o => o.Slug == key || o.Id.ToString() == key)?.Id ?? throw new NotFoundException($"Organisation '{key}'");
    }
}

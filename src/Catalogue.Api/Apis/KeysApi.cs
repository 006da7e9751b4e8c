using Catalogue.Api.Http;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Apis;

/// <summary>API key management, admin only. The secret appears once, in the creation response.</summary>
public static class KeysApi
{
    public sealed record CreateKeyRequest(string Name, string Role, List<Guid>? Organizations);
    public sealed record KeyInfo(Guid Id, string Name, string Role, IReadOnlyList<Guid> Organizations, DateTime CreatedAt, DateTime? RevokedAt);

    public static RouteGroupBuilder MapKeysApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/keys").WithTags("API keys");
        g.MapGet("/", List).WithName("ListKeys").WithSummary("Keys without their secrets (admin)").WithDescription("Example: GET /api/v1/keys with an admin X-Api-Key").Produces<IReadOnlyList<KeyInfo>>();
        g.MapPost("/", Create).WithName("CreateKey").WithSummary("Create a key; the secret is shown once (admin)")
            .WithDescription("Example: {\"name\":\"partner X\",\"role\":\"editor\",\"organizations\":[\"…\"]}").Produces<IssuedApiKey>(201).RequireRateLimiting(RateLimits.Writes);
        g.MapDelete("/{id:guid}", Revoke).WithName("RevokeKey").WithSummary("Revoke a key (admin)").WithDescription("Example: DELETE /api/v1/keys/{id}").Produces(204).RequireRateLimiting(RateLimits.Writes);
        return api;
    }

    public static async Task<IResult> List(HttpContext http, CatalogueDbContext db, CancellationToken ct)
    {
        RequireAdmin(http);
        var rows = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(k => new KeyInfo(k.Id, k.Name, k.Role,
            k.Organizations.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(), k.CreatedAt, k.RevokedAt)).ToList());
    }

    public static async Task<IResult> Create(HttpContext http, CatalogueDbContext db, CancellationToken ct)
    {
        RequireAdmin(http);
        var req = await JsonBody.ReadAsync(http.Request, ApiJsonContext.Default.CreateKeyRequest, ct);
        var orgs = req.Organizations ?? new List<Guid>();
        foreach (var org in orgs)
            if (!await db.Organizations.AnyAsync(o => o.Id == org, ct)) throw new BadRequestException("organizations", $"Organisation '{org}' does not exist.");
        try
        {
            var issued = await ApiKeys.CreateAsync(db, req.Name, req.Role, orgs, ct);
            return TypedResults.Created($"/api/v1/keys/{issued.Id}", issued);
        }
        catch (ArgumentException e) { throw new BadRequestException(e.ParamName == "orgs" ? "organizations" : "role", e.Message.Split(" (Parameter")[0]); }
    }

    public static async Task<IResult> Revoke(Guid id, HttpContext http, CatalogueDbContext db, CancellationToken ct)
    {
        RequireAdmin(http);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException($"Key '{id}'");
        key.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    private static void RequireAdmin(HttpContext http)
    {
        if (!DatasetsApi.RequireAuthenticated(http).IsAdmin) throw new ForbiddenException("Only an admin key manages keys.");
    }
}

using Catalogue.Api.Http;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Apis;

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/organizations").WithTags("Organisations");
        g.MapGet("/", List).WithName("ListOrganizations").WithSummary("Publishing organisations").WithDescription("Example: GET /api/v1/organizations").Produces<IReadOnlyList<Organization>>();
        g.MapGet("/{key}", Get).WithName("GetOrganization").WithSummary("One organisation by id or slug").WithDescription("Example: GET /api/v1/organizations/health-data-hub").Produces<Organization>().ProducesProblem(404);
        g.MapPost("/", Create).WithName("CreateOrganization").WithSummary("Create an organisation (admin)")
            .WithDescription("Example: {\"name\":\"Health Data Hub\",\"acronym\":\"HDH\",\"type\":\"national-authority\",\"contactPoint\":{\"email\":\"opendata@health-data-hub.fr\"}}")
            .Accepts<Organization>("application/json").Produces<Organization>(201).ProducesValidationProblem().ProducesProblem(403).RequireRateLimiting(RateLimits.Writes);
        g.MapPut("/{id:guid}", Update).WithName("UpdateOrganization").WithSummary("Update an organisation (admin or its editors)").WithDescription("Example: PUT /api/v1/organizations/{id} with the whole organisation").Accepts<Organization>("application/json").Produces<Organization>()
            .ProducesValidationProblem().ProducesProblem(403).RequireRateLimiting(RateLimits.Writes);
        return api;
    }

    public static async Task<IResult> List(OrganizationStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct));
    public static async Task<IResult> Get(string key, OrganizationStore store, CancellationToken ct) => TypedResults.Ok(await store.GetAsync(key, ct));

    public static async Task<IResult> Create(HttpContext http, OrganizationStore store, CancellationToken ct)
    {
        var caller = DatasetsApi.RequireAuthenticated(http);
        var o = await store.CreateAsync(await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.Organization, ct), caller, ct);
        return TypedResults.Created($"/api/v1/organizations/{o.Id}", o);
    }

    public static async Task<IResult> Update(Guid id, HttpContext http, OrganizationStore store, CancellationToken ct)
    {
        var caller = DatasetsApi.RequireAuthenticated(http);
        return TypedResults.Ok(await store.UpdateAsync(id, await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.Organization, ct), caller, ct));
    }
}

using System.Text.Json;
using Catalogue.Api.Http;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Domain.Model;

namespace Catalogue.Api.Apis;

/// <summary>Distributions and the data dictionary as sub-resources; each edit is a new revision of the record.</summary>
public static class DistributionsApi
{
    public static RouteGroupBuilder MapDistributionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/datasets/{id:guid}").WithTags("Distributions and dictionary");
        g.MapGet("/distributions", ListDistributions).WithName("ListDistributions").WithSummary("The record's distributions, in order").WithDescription("Example: GET /api/v1/datasets/{id}/distributions").Produces<List<Distribution>>();
        g.MapGet("/distributions/{did:guid}", GetDistribution).WithName("GetDistribution").WithSummary("One distribution").WithDescription("Example: GET /api/v1/datasets/{id}/distributions/{did}").Produces<Distribution>().ProducesProblem(404);
        g.MapPost("/distributions", AddDistribution).WithName("AddDistribution").WithSummary("Add a distribution (If-Match required)")
            .WithDescription("Example: {\"title\":{\"fr\":\"Échantillon\"},\"accessUrl\":\"https://…/sample.csv\",\"format\":\"CSV\",\"role\":\"Sample\"}. A file over 1 GB must set isRemote.")
            .Accepts<Distribution>("application/json").Produces<Distribution>(201).ProducesValidationProblem().RequireRateLimiting(RateLimits.Writes);
        g.MapPut("/distributions/{did:guid}", ReplaceDistribution).WithName("ReplaceDistribution").WithSummary("Replace a distribution (If-Match required)").WithDescription("Example: PUT with If-Match: \"r4\" and {\"accessUrl\":\"https://…/data.csv\",\"format\":\"CSV\",\"byteSize\":1200}").Accepts<Distribution>("application/json")
            .Produces<Distribution>().ProducesValidationProblem().RequireRateLimiting(RateLimits.Writes);
        g.MapDelete("/distributions/{did:guid}", DeleteDistribution).WithName("DeleteDistribution").WithSummary("Remove a distribution (If-Match required)").WithDescription("Example: DELETE /api/v1/datasets/{id}/distributions/{did} with If-Match: \"r5\"").Produces(204).RequireRateLimiting(RateLimits.Writes);
        g.MapGet("/dictionary", GetDictionary).WithName("GetDictionary").WithSummary("Data dictionary: tables and variables").WithDescription("Example: GET /api/v1/datasets/{id}/dictionary").Produces<List<DataTable>>();
        g.MapPut("/dictionary", PutDictionary).WithName("ReplaceDictionary").WithSummary("Replace the data dictionary (If-Match required)").WithDescription("Example: [{\"name\":\"passages\",\"variables\":[{\"name\":\"age\",\"type\":\"integer\",\"unit\":\"années\"}]}]")
            .Accepts<List<DataTable>>("application/json").Produces<List<DataTable>>().ProducesValidationProblem().RequireRateLimiting(RateLimits.Writes);
        g.MapGet("/dictionary/{table}/table-schema", TableSchema).WithName("GetTableSchema").WithSummary("A table as a Frictionless Table Schema")
            .WithDescription("Example: GET /api/v1/datasets/{id}/dictionary/passages/table-schema");
        return api;
    }

    public static async Task<IResult> ListDistributions(Guid id, HttpContext http, DatasetStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.GetAsync(id.ToString(), Caller.From(http.User), ct)).Record.Distributions);

    public static async Task<IResult> GetDistribution(Guid id, Guid did, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var r = (await store.GetAsync(id.ToString(), Caller.From(http.User), ct)).Record;
        return TypedResults.Ok(r.Distributions.FirstOrDefault(d => d.Id == did) ?? throw new NotFoundException($"Distribution '{did}'"));
    }

    public static async Task<IResult> AddDistribution(Guid id, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var d = await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.Distribution, ct);
        d.Id = Guid.NewGuid();
        var r = await store.ModifyAsync(id, ETags.IfMatch(http.Request), DatasetsApi.RequireAuthenticated(http), "distribution:add", rec => { rec.Distributions.Add(d); return rec; }, ct);
        http.Response.Headers.ETag = ETags.Format(r.Revision);
        return TypedResults.Created($"/api/v1/datasets/{id}/distributions/{d.Id}", d);
    }

    public static async Task<IResult> ReplaceDistribution(Guid id, Guid did, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var d = await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.Distribution, ct);
        d.Id = did;
        var r = await store.ModifyAsync(id, ETags.IfMatch(http.Request), DatasetsApi.RequireAuthenticated(http), "distribution:update", rec =>
        {
            var i = rec.Distributions.FindIndex(x => x.Id == did);
            if (i < 0) throw new NotFoundException($"Distribution '{did}'");
            d.UdataResourceId ??= rec.Distributions[i].UdataResourceId;
            rec.Distributions[i] = d;
            return rec;
        }, ct);
        http.Response.Headers.ETag = ETags.Format(r.Revision);
        return TypedResults.Ok(d);
    }

    public static async Task<IResult> DeleteDistribution(Guid id, Guid did, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var r = await store.ModifyAsync(id, ETags.IfMatch(http.Request), DatasetsApi.RequireAuthenticated(http), "distribution:delete", rec =>
        {
            if (rec.Distributions.RemoveAll(x => x.Id == did) == 0) throw new NotFoundException($"Distribution '{did}'");
            return rec;
        }, ct);
        http.Response.Headers.ETag = ETags.Format(r.Revision);
        return Results.NoContent();
    }

    public static async Task<IResult> GetDictionary(Guid id, HttpContext http, DatasetStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.GetAsync(id.ToString(), Caller.From(http.User), ct)).Record.DataDictionary);

    public static async Task<IResult> PutDictionary(Guid id, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var tables = await JsonBody.ReadAsync(http.Request, RecordJsonContext.Default.ListDataTable, ct);
        var r = await store.ModifyAsync(id, ETags.IfMatch(http.Request), DatasetsApi.RequireAuthenticated(http), "dictionary:replace", rec => { rec.DataDictionary = tables; return rec; }, ct);
        http.Response.Headers.ETag = ETags.Format(r.Revision);
        return TypedResults.Ok(r.DataDictionary);
    }

    public static async Task<IResult> TableSchema(Guid id, string table, HttpContext http, DatasetStore store, CancellationToken ct)
    {
        var r = (await store.GetAsync(id.ToString(), Caller.From(http.User), ct)).Record;
        var t = r.DataDictionary.FirstOrDefault(x => x.Name == table) ?? throw new NotFoundException($"Table '{table}'");
        return Results.Text(JsonSerializer.Serialize(Domain.Mappings.TableSchemaMapping.ToTableSchema(t)), "application/schema+json");
    }
}

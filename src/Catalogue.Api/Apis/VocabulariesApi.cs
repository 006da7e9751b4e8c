using Catalogue.Api.Services;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Api.Apis;

/// <summary>The controlled vocabularies, so forms offer exactly the codes the server accepts.</summary>
public static class VocabulariesApi
{
    public sealed record VocabularySummary(string Name, string SchemeIri, string Title, int Count);

    public static RouteGroupBuilder MapVocabulariesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/vocabularies").WithTags("Vocabularies");
        g.MapGet("/", () => TypedResults.Ok(Vocabularies.All.Select(v => new VocabularySummary(v.Name, v.SchemeIri, v.Title, v.Concepts.Count)).ToList()))
            .WithName("ListVocabularies").WithSummary("Controlled vocabularies and their sizes").WithDescription("Example: GET /api/v1/vocabularies");
        g.MapGet("/{name}", (string name) => TypedResults.Ok((Vocabularies.ByName(name) ?? throw new NotFoundException($"Vocabulary '{name}'")).Concepts))
            .WithName("GetVocabulary").WithSummary("Codes and labels of one vocabulary").WithDescription("Example: GET /api/v1/vocabularies/healthcategories");
        g.MapGet("/licences", () => TypedResults.Ok(LicenceTable.All)).WithName("ListLicences").WithSummary("Accepted licences with their udata and EU ids").WithDescription("Example: GET /api/v1/vocabularies/licences");
        g.MapGet("/zones", () => TypedResults.Ok(SpatialTable.Zones)).WithName("ListZones").WithSummary("Spatial zones").WithDescription("Example: GET /api/v1/vocabularies/zones");
        return api;
    }
}

using Catalogue.Api.Apis;

namespace Catalogue.Api.Extensions;

public static class EndpointExtensions
{
    public static WebApplication MapCatalogueEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<Http.RequestSizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<Security.RejectInvalidKeyMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSwagger();
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "Health data catalogue v1"));

        var api = app.MapGroup("/api/v1");
        api.MapDatasetsApi();
        api.MapDistributionsApi();
        api.MapOrganizationsApi();
        api.MapKeysApi();
        api.MapVocabulariesApi();
        api.MapSyncApi();
        api.MapDoiApi();
        app.MapDcatApi();
        app.MapGraphQLApi();
        app.MapHealthChecks("/health");
        app.MapBenchApi();
        app.MapGet("/schemas/dataset-record.schema.json", () => Results.Text(Domain.Model.RecordSchema.Print(), "application/schema+json"))
            .WithTags("Schemas").WithName("GetRecordSchema").WithSummary("JSON Schema of the dataset record");
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}

using Catalogue.Api.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalogue.Api.Extensions;

public sealed class DatabaseHealthCheck(CatalogueDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database cannot be reached.");
}

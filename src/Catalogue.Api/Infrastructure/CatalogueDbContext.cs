using Catalogue.Api.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Infrastructure;

/// <summary>Provider-neutral context: the same model and migrations run on SQLite and PostgreSQL.</summary>
public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<DatasetEntity> Datasets => Set<DatasetEntity>();
    public DbSet<DatasetSummaryEntity> Summaries => Set<DatasetSummaryEntity>();
    public DbSet<DatasetFacetEntity> Facets => Set<DatasetFacetEntity>();
    public DbSet<OrganizationEntity> Organizations => Set<OrganizationEntity>();
    public DbSet<RevisionEntity> Revisions => Set<RevisionEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();
    public DbSet<IdempotencyEntity> IdempotencyKeys => Set<IdempotencyEntity>();
    public DbSet<OutboxMessageEntity> Outbox => Set<OutboxMessageEntity>();
    public DbSet<SyncStateEntity> SyncStates => Set<SyncStateEntity>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void OnModelCreating(ModelBuilder b) =>
        b.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
}

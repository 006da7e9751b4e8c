using Catalogue.Api.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Api.Infrastructure.EntityConfigurations;

// Table and column names are spelled out so the hand-written migrations and the raw SQL of the
// search index and the outbox stay in step with the model.

public sealed class DatasetEntityTypeConfiguration : IEntityTypeConfiguration<DatasetEntity>
{
    public void Configure(EntityTypeBuilder<DatasetEntity> e)
    {
        e.ToTable("datasets");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Slug).IsUnique();
        e.HasIndex(x => x.Identifier).IsUnique();
        e.HasIndex(x => x.SearchKey).IsUnique();
        e.HasIndex(x => x.FacetKey).IsUnique();
        e.HasIndex(x => new { x.OrganizationId, x.Status });
        e.HasIndex(x => new { x.Status, x.ModifiedAt, x.Id });
        // FacetKey ends the two listing indexes so that facet filters and counts over the public listing read no
        // dataset row at all. (On SQLite the column sits before the document, never behind its overflow pages:
        // migration FacetsByFacetKey rebuilds the table.)
        e.HasIndex(x => new { x.Status, x.ModifiedAt, x.SearchKey, x.FacetKey });
        e.HasIndex(x => new { x.Status, x.SearchKey, x.FacetKey });
        e.HasIndex(x => x.Doi);
        e.HasOne(x => x.Summary).WithOne().HasForeignKey<DatasetSummaryEntity>(s => s.SearchKey).HasPrincipalKey<DatasetEntity>(d => d.SearchKey)
            .OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.HasMany(x => x.Facets).WithOne().HasForeignKey(f => f.DatasetKey).HasPrincipalKey(d => d.FacetKey).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DatasetSummaryEntityTypeConfiguration : IEntityTypeConfiguration<DatasetSummaryEntity>
{
    public void Configure(EntityTypeBuilder<DatasetSummaryEntity> e)
    {
        e.ToTable("dataset_summaries");
        e.HasKey(x => x.SearchKey);
        e.Property(x => x.SearchKey).ValueGeneratedNever();
    }
}

public sealed class DatasetFacetEntityTypeConfiguration : IEntityTypeConfiguration<DatasetFacetEntity>
{
    public void Configure(EntityTypeBuilder<DatasetFacetEntity> e)
    {
        e.ToTable("dataset_facets");
        // On SQLite a WITHOUT ROWID table (migration FacetsByFacetKey): the primary key is the table itself.
        e.HasKey(x => new { x.DatasetKey, x.Kind, x.Value });
        e.HasIndex(x => new { x.Kind, x.Value, x.DatasetKey });
    }
}

public sealed class OrganizationEntityTypeConfiguration : IEntityTypeConfiguration<OrganizationEntity>
{
    public void Configure(EntityTypeBuilder<OrganizationEntity> e)
    {
        e.ToTable("organizations");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Slug).IsUnique();
    }
}

public sealed class RevisionEntityTypeConfiguration : IEntityTypeConfiguration<RevisionEntity>
{
    public void Configure(EntityTypeBuilder<RevisionEntity> e)
    {
        e.ToTable("revisions");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.DatasetId, x.Number }).IsUnique();
    }
}

public sealed class ApiKeyEntityTypeConfiguration : IEntityTypeConfiguration<ApiKeyEntity>
{
    public void Configure(EntityTypeBuilder<ApiKeyEntity> e)
    {
        e.ToTable("api_keys");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Prefix).IsUnique();
    }
}

public sealed class IdempotencyEntityTypeConfiguration : IEntityTypeConfiguration<IdempotencyEntity>
{
    public void Configure(EntityTypeBuilder<IdempotencyEntity> e)
    {
        e.ToTable("idempotency_keys");
        e.HasKey(x => new { x.Owner, x.Key });
    }
}

public sealed class OutboxMessageEntityTypeConfiguration : IEntityTypeConfiguration<OutboxMessageEntity>
{
    public void Configure(EntityTypeBuilder<OutboxMessageEntity> e)
    {
        e.ToTable("outbox_messages");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ProcessedAt, x.NextAttemptAt });
        e.HasIndex(x => new { x.Target, x.DatasetId });
    }
}

public sealed class SyncStateEntityTypeConfiguration : IEntityTypeConfiguration<SyncStateEntity>
{
    public void Configure(EntityTypeBuilder<SyncStateEntity> e)
    {
        e.ToTable("sync_states");
        e.HasKey(x => new { x.DatasetId, x.Target });
        e.HasIndex(x => new { x.Target, x.RemoteId });
    }
}

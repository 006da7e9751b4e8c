using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// The first schema. Written by hand (EF Core's design-time package is not available here) in a
/// provider-neutral way: column types come from each provider's type mapping of the CLR type, so SQLite
/// and PostgreSQL share one migrations history; only the full-text index differs per provider.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261122000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("organizations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Slug = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Document = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_organizations", x => x.Id));
        m.CreateIndex("IX_organizations_Slug", "organizations", "Slug", unique: true);

        m.CreateTable("datasets", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Slug = t.Column<string>(nullable: false),
            Identifier = t.Column<string>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            Status = t.Column<int>(nullable: false),
            AccessRights = t.Column<int>(nullable: false),
            SortTitle = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ModifiedAt = t.Column<DateTime>(nullable: false),
            IssuedAt = t.Column<DateTime>(nullable: true),
            QualityScore = t.Column<int>(nullable: false),
            Revision = t.Column<int>(nullable: false),
            Doi = t.Column<string>(nullable: true),
            UdataId = t.Column<string>(nullable: true),
            SearchKey = t.Column<long>(nullable: false),
            SearchText = t.Column<string>(nullable: false),
            Document = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_datasets", x => x.Id));
        m.CreateIndex("IX_datasets_Slug", "datasets", "Slug", unique: true);
        m.CreateIndex("IX_datasets_Identifier", "datasets", "Identifier", unique: true);
        m.CreateIndex("IX_datasets_SearchKey", "datasets", "SearchKey", unique: true);
        m.CreateIndex("IX_datasets_OrganizationId_Status", "datasets", new[] { "OrganizationId", "Status" });
        m.CreateIndex("IX_datasets_Status_ModifiedAt_Id", "datasets", new[] { "Status", "ModifiedAt", "Id" });
        m.CreateIndex("IX_datasets_Doi", "datasets", "Doi");

        m.CreateTable("dataset_facets", t => new
        {
            DatasetId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_dataset_facets", x => new { x.DatasetId, x.Kind, x.Value });
            t.ForeignKey("FK_dataset_facets_datasets_DatasetId", x => x.DatasetId, "datasets", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_dataset_facets_Kind_Value", "dataset_facets", new[] { "Kind", "Value" });

        m.CreateTable("dataset_variables", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            DatasetId = t.Column<Guid>(nullable: false),
            TableName = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            CodingSystem = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_dataset_variables", x => x.Id);
            t.ForeignKey("FK_dataset_variables_datasets_DatasetId", x => x.DatasetId, "datasets", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_dataset_variables_Name", "dataset_variables", "Name");
        m.CreateIndex("IX_dataset_variables_CodingSystem", "dataset_variables", "CodingSystem");
        m.CreateIndex("IX_dataset_variables_DatasetId", "dataset_variables", "DatasetId");

        m.CreateTable("revisions", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            DatasetId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Author = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Changes = t.Column<string>(nullable: false),
            Document = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_revisions", x => x.Id));
        m.CreateIndex("IX_revisions_DatasetId_Number", "revisions", new[] { "DatasetId", "Number" }, unique: true);

        m.CreateTable("api_keys", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Prefix = t.Column<string>(nullable: false),
            Hash = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            Organizations = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            RevokedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_api_keys", x => x.Id));
        m.CreateIndex("IX_api_keys_Prefix", "api_keys", "Prefix", unique: true);

        m.CreateTable("idempotency_keys", t => new
        {
            Owner = t.Column<string>(nullable: false),
            Key = t.Column<string>(nullable: false),
            RequestHash = t.Column<string>(nullable: false),
            StatusCode = t.Column<int>(nullable: false),
            Location = t.Column<string>(nullable: true),
            ETag = t.Column<string>(nullable: true),
            Body = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_idempotency_keys", x => new { x.Owner, x.Key }));

        m.CreateTable("outbox_messages", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            Target = t.Column<string>(nullable: false),
            Operation = t.Column<string>(nullable: false),
            DatasetId = t.Column<Guid>(nullable: false),
            Revision = t.Column<int>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: false),
            LockedUntil = t.Column<DateTime>(nullable: true),
            LockedBy = t.Column<string>(nullable: true),
            ProcessedAt = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_outbox_messages", x => x.Id));
        m.CreateIndex("IX_outbox_messages_ProcessedAt_NextAttemptAt", "outbox_messages", new[] { "ProcessedAt", "NextAttemptAt" });
        m.CreateIndex("IX_outbox_messages_Target_DatasetId", "outbox_messages", new[] { "Target", "DatasetId" });

        m.CreateTable("sync_states", t => new
        {
            DatasetId = t.Column<Guid>(nullable: false),
            Target = t.Column<string>(nullable: false),
            RemoteId = t.Column<string>(nullable: true),
            PendingCreateToken = t.Column<string>(nullable: true),
            LastPushedRevision = t.Column<int>(nullable: false),
            LastPushedSnapshot = t.Column<string>(nullable: true),
            LastRemoteModified = t.Column<string>(nullable: true),
            Status = t.Column<string>(nullable: false),
            Conflict = t.Column<string>(nullable: true),
            Metrics = t.Column<string>(nullable: true),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_sync_states", x => new { x.DatasetId, x.Target }));
        m.CreateIndex("IX_sync_states_Target_RemoteId", "sync_states", new[] { "Target", "RemoteId" });

        // Full-text search: accent folding is done in C# before indexing (RecordDefaults.Fold), so both
        // providers index the same folded text.
        if (m.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("CREATE VIRTUAL TABLE dataset_search USING fts5(content, tokenize = 'unicode61 remove_diacritics 2');");
        else
            m.Sql("CREATE INDEX \"IX_datasets_search\" ON datasets USING GIN (to_tsvector('simple', \"SearchText\"));");
    }

    protected override void Down(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite") m.Sql("DROP TABLE IF EXISTS dataset_search;");
        foreach (var table in new[] { "sync_states", "outbox_messages", "idempotency_keys", "api_keys", "revisions", "dataset_variables", "dataset_facets", "datasets", "organizations" })
            m.DropTable(table);
    }
}

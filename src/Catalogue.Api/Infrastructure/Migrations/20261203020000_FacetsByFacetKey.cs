using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// Facet rows are keyed by a new integer column of datasets, <c>FacetKey</c> (allocated in increasing order as
/// records are stored, see <c>FacetKeys</c>), instead of the dataset's id: on SQLite the table becomes
/// WITHOUT ROWID with the primary key (DatasetKey, Kind, Value) and one index (Kind, Value, DatasetKey), two B-trees
/// of small entries instead of a rowid table, its primary-key index and the (Kind, Value) index, two of them
/// carrying the 36-character id text. The key is not the search key, a hash of the id: the few hundred values are
/// shared by thousands of records each, and the index entries of a batch of new records then append to each value's
/// range instead of landing on a page each (replaying the facet rows of the 50,000 generated records in batches of
/// 500: 5.1 GB of WAL that way, 0.5 GB with increasing keys, 1.5 GB before). Existing rows move over.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261203020000_FacetsByFacetKey")]
public sealed class FacetsByFacetKey : Migration
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void Up(MigrationBuilder m)
    {
        if (m.ActiveProvider == Sqlite) RebuildDatasetsWithFacetKey(m);
        else
        {
            m.AddColumn<long>("FacetKey", "datasets", nullable: false, defaultValue: 0L);
            m.Sql($"""
                CREATE SEQUENCE {FacetKeys.Sequence};
                UPDATE datasets SET "FacetKey" = nextval('{FacetKeys.Sequence}');
                """);
            m.CreateIndex("IX_datasets_FacetKey", "datasets", "FacetKey", unique: true);
            // Facet filters and counts over the public listing read the candidates' facet keys from its indexes.
            m.DropIndex("IX_datasets_Status_ModifiedAt_SearchKey", "datasets");
            m.CreateIndex("IX_datasets_Status_ModifiedAt_SearchKey_FacetKey", "datasets", new[] { "Status", "ModifiedAt", "SearchKey", "FacetKey" });
            m.DropIndex("IX_datasets_Status_SearchKey", "datasets");
            m.CreateIndex("IX_datasets_Status_SearchKey_FacetKey", "datasets", new[] { "Status", "SearchKey", "FacetKey" });
        }

        m.Sql("""
            CREATE TABLE facets_moving AS
            SELECT d."FacetKey" AS "DatasetKey", f."Kind", f."Value" FROM dataset_facets f JOIN datasets d ON d."Id" = f."DatasetId";
            """);
        m.DropTable("dataset_facets");
        if (m.ActiveProvider == Sqlite)
            // EF has no WITHOUT ROWID option; the rest is what CreateTable would write.
            m.Sql("""
                CREATE TABLE "dataset_facets" (
                    "DatasetKey" INTEGER NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "Value" TEXT NOT NULL,
                    CONSTRAINT "PK_dataset_facets" PRIMARY KEY ("DatasetKey", "Kind", "Value"),
                    CONSTRAINT "FK_dataset_facets_datasets_DatasetKey" FOREIGN KEY ("DatasetKey") REFERENCES "datasets" ("FacetKey") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
        else
            m.CreateTable("dataset_facets", t => new
            {
                DatasetKey = t.Column<long>(nullable: false),
                Kind = t.Column<string>(nullable: false),
                Value = t.Column<string>(nullable: false),
            }, constraints: t =>
            {
                t.PrimaryKey("PK_dataset_facets", x => new { x.DatasetKey, x.Kind, x.Value });
                t.ForeignKey("FK_dataset_facets_datasets_DatasetKey", x => x.DatasetKey, "datasets", "FacetKey", onDelete: ReferentialAction.Cascade);
            });
        m.Sql("""
            INSERT INTO dataset_facets ("DatasetKey", "Kind", "Value")
            SELECT "DatasetKey", "Kind", "Value" FROM facets_moving ORDER BY "DatasetKey", "Kind", "Value";
            DROP TABLE facets_moving;
            """);
        m.CreateIndex("IX_dataset_facets_Kind_Value_DatasetKey", "dataset_facets", new[] { "Kind", "Value", "DatasetKey" });
    }

    /// <summary>
    /// SQLite adds a column after the last one, here after the 16 kB document, which a row reaches only through its
    /// overflow pages: every plan reading a facet key from a row (an editor's listing, which goes by organisation)
    /// would walk them. The table is rebuilt with FacetKey beside SearchKey instead, as SQLite's documentation
    /// says to change a table's shape: foreign keys off (outside a transaction, where the pragma is honoured),
    /// new table, copy, drop, rename, indexes, all in one transaction. The keys follow the rows' order.
    /// </summary>
    private static void RebuildDatasetsWithFacetKey(MigrationBuilder m)
    {
        const string columns = """
            "Id", "Slug", "Identifier", "OrganizationId", "Status", "AccessRights", "SortTitle", "CreatedAt", "ModifiedAt",
            "IssuedAt", "QualityScore", "Revision", "Doi", "UdataId", "SearchKey"
            """;
        m.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        m.Sql($"""
            BEGIN;
            CREATE TABLE "datasets_rebuilt" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_datasets" PRIMARY KEY,
                "Slug" TEXT NOT NULL,
                "Identifier" TEXT NOT NULL,
                "OrganizationId" TEXT NOT NULL,
                "Status" INTEGER NOT NULL,
                "AccessRights" INTEGER NOT NULL,
                "SortTitle" TEXT NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "ModifiedAt" TEXT NOT NULL,
                "IssuedAt" TEXT NULL,
                "QualityScore" INTEGER NOT NULL,
                "Revision" INTEGER NOT NULL,
                "Doi" TEXT NULL,
                "UdataId" TEXT NULL,
                "SearchKey" INTEGER NOT NULL,
                "FacetKey" INTEGER NOT NULL DEFAULT 0,
                "SearchText" TEXT NOT NULL,
                "Document" TEXT NOT NULL
            );
            INSERT INTO "datasets_rebuilt" ({columns}, "FacetKey", "SearchText", "Document")
            SELECT {columns}, rowid, "SearchText", "Document" FROM datasets ORDER BY rowid;
            DROP TABLE datasets;
            ALTER TABLE "datasets_rebuilt" RENAME TO "datasets";
            CREATE UNIQUE INDEX "IX_datasets_Slug" ON "datasets" ("Slug");
            CREATE UNIQUE INDEX "IX_datasets_Identifier" ON "datasets" ("Identifier");
            CREATE UNIQUE INDEX "IX_datasets_SearchKey" ON "datasets" ("SearchKey");
            CREATE UNIQUE INDEX "IX_datasets_FacetKey" ON "datasets" ("FacetKey");
            CREATE INDEX "IX_datasets_OrganizationId_Status" ON "datasets" ("OrganizationId", "Status");
            CREATE INDEX "IX_datasets_Status_ModifiedAt_Id" ON "datasets" ("Status", "ModifiedAt", "Id");
            CREATE INDEX "IX_datasets_Doi" ON "datasets" ("Doi");
            CREATE INDEX "IX_datasets_Status_ModifiedAt_SearchKey_FacetKey" ON "datasets" ("Status", "ModifiedAt", "SearchKey", "FacetKey");
            CREATE INDEX "IX_datasets_Status_SearchKey_FacetKey" ON "datasets" ("Status", "SearchKey", "FacetKey");
            COMMIT;
            """, suppressTransaction: true);
        m.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.Sql("""
            CREATE TABLE facets_moving AS
            SELECT d."Id" AS "DatasetId", f."Kind", f."Value" FROM dataset_facets f JOIN datasets d ON d."FacetKey" = f."DatasetKey";
            """);
        m.DropTable("dataset_facets");
        // As InitialCreate made it.
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
        m.Sql("""
            INSERT INTO dataset_facets ("DatasetId", "Kind", "Value")
            SELECT "DatasetId", "Kind", "Value" FROM facets_moving;
            DROP TABLE facets_moving;
            """);
        m.CreateIndex("IX_dataset_facets_Kind_Value", "dataset_facets", new[] { "Kind", "Value" });

        m.DropIndex("IX_datasets_Status_SearchKey_FacetKey", "datasets");
        m.CreateIndex("IX_datasets_Status_SearchKey", "datasets", new[] { "Status", "SearchKey" });
        m.DropIndex("IX_datasets_Status_ModifiedAt_SearchKey_FacetKey", "datasets");
        m.CreateIndex("IX_datasets_Status_ModifiedAt_SearchKey", "datasets", new[] { "Status", "ModifiedAt", "SearchKey" });
        m.DropIndex("IX_datasets_FacetKey", "datasets");
        if (m.ActiveProvider == Sqlite)
            // SQLite drops a column in place; EF's DropColumn would rebuild the datasets table.
            m.Sql("""ALTER TABLE datasets DROP COLUMN "FacetKey";""");
        else
        {
            m.DropColumn("FacetKey", "datasets");
            m.Sql($"DROP SEQUENCE {FacetKeys.Sequence};");
        }
    }
}

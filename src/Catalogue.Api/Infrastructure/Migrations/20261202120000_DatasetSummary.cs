using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// The listing summary of each record, stored as UTF-8 JSON (BLOB on SQLite, bytea on PostgreSQL) so a page of
/// the listing or of a search is the stored bytes copied into the response (docs/benchmarks.md). A table of
/// its own: a column added to datasets would sit after the 16 kB document, which SQLite reaches only by
/// walking the document's overflow pages. Keyed by the search key (unique, indexed, in the listing indexes). Records stored before this migration get their summary from the
/// start-up backfill (<c>DatasetSummary.BackfillAsync</c>); listings compute a missing one meanwhile.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261202120000_DatasetSummary")]
public sealed class DatasetSummaryTable : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("dataset_summaries", t => new
        {
            SearchKey = t.Column<long>(nullable: false),
            Json = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            // On SQLite a single INTEGER primary key is the rowid: the summaries are stored in search-key order.
            t.PrimaryKey("PK_dataset_summaries", x => x.SearchKey);
            t.ForeignKey("FK_dataset_summaries_datasets_SearchKey", x => x.SearchKey, "datasets", "SearchKey", onDelete: ReferentialAction.Cascade);
        });

    protected override void Down(MigrationBuilder m) => m.DropTable("dataset_summaries");
}

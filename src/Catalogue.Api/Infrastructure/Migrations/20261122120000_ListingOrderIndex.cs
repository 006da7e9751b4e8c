using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// The default listing (published records, newest first, ties broken by the search key) and full-text search
/// read this index in order and stop after one page. Without it the database sorts every visible record —
/// documents included — for each page: seconds at 50,000 datasets (bench/, docs/benchmarks.md). It covers
/// SearchKey too, so a search for a rare term checks matches in the index without touching the rows.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261122120000_ListingOrderIndex")]
public sealed class ListingOrderIndex : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateIndex("IX_datasets_Status_ModifiedAt_SearchKey", "datasets", new[] { "Status", "ModifiedAt", "SearchKey" });

    protected override void Down(MigrationBuilder m) =>
        m.DropIndex("IX_datasets_Status_ModifiedAt_SearchKey", "datasets");
}

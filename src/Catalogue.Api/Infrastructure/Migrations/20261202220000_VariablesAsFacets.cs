using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Catalogue.Api.Infrastructure.Migrations;

/// <summary>
/// Datasets are found by variable name through facet rows of kind <c>variable</c> (each record's distinct
/// lower-cased variable names) instead of the dataset_variables table: one row per variable with three indexes
/// (name, coding system, dataset) cost a bulk import ~160 B-tree inserts a record, the largest share of its
/// writes (docs/benchmarks.md). Coding systems were already facet rows; a variable's table and coding system are
/// read from the dataset's document. The existing names move over, then the table goes.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261202220000_VariablesAsFacets")]
public sealed class VariablesAsFacets : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        // Names were stored lower-cased already (DatasetProjection.VariableName); DISTINCT because a name can
        // occur in several tables of a record, and a facet is one (dataset, kind, value) row.
        m.Sql("""
            INSERT INTO dataset_facets ("DatasetId", "Kind", "Value")
            SELECT DISTINCT "DatasetId", 'variable', "Name" FROM dataset_variables;
            """);
        m.DropTable("dataset_variables");
    }

    protected override void Down(MigrationBuilder m)
    {
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
        // The rows (one per variable, with its table and coding system) are rebuilt from the documents, in
        // document order as the application wrote them; the facet rows only had the names.
        if (m.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("""
                INSERT INTO dataset_variables ("DatasetId", "TableName", "Name", "CodingSystem")
                SELECT d."Id", json_extract(t.value, '$.name'), lower(json_extract(v.value, '$.name')), json_extract(v.value, '$.codingSystem')
                FROM datasets d, json_each(d."Document", '$.dataDictionary') t, json_each(t.value, '$.variables') v
                ORDER BY d."Id", t.key, v.key;
                """);
        else
            m.Sql("""
                INSERT INTO dataset_variables ("DatasetId", "TableName", "Name", "CodingSystem")
                SELECT d."Id", t.value ->> 'name', lower(v.value ->> 'name'), v.value ->> 'codingSystem'
                FROM datasets d
                CROSS JOIN LATERAL jsonb_array_elements(coalesce(d."Document"::jsonb -> 'dataDictionary', '[]'::jsonb)) WITH ORDINALITY AS t(value, i)
                CROSS JOIN LATERAL jsonb_array_elements(coalesce(t.value -> 'variables', '[]'::jsonb)) WITH ORDINALITY AS v(value, j)
                ORDER BY d."Id", t.i, v.j;
                """);
        m.Sql("""DELETE FROM dataset_facets WHERE "Kind" = 'variable';""");
    }
}

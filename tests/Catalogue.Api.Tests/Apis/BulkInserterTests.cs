using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Services;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>
/// The bulk import writes rows without EF (<see cref="BulkInserter{T}"/>, on SQLite through SQLitePCL with values
/// bound by position): they must be stored exactly as SaveChanges stores them — same values, same SQLite storage
/// classes, same text for Guids and dates — or filters and lookups written against EF's storage would miss them.
/// </summary>
public sealed class BulkInserterTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private static readonly string[] Tables = ["datasets", "dataset_facets", "dataset_summaries", "revisions"];

    [Fact]
    public async Task Rows_written_in_bulk_are_stored_as_SaveChanges_stores_them()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var stored = await db.Datasets.AsNoTracking().Where(d => d.Slug == "banque-nationale-maladies-rares").Select(d => d.Document).SingleAsync();
        var record = RecordJson.Deserialize(stored);
        record.Id = Guid.NewGuid();
        record.Slug = "stockage-en-masse";
        record.Identifier = $"stockage-en-masse-{record.Id:N}";
        var now = DateTimeOffset.UtcNow;

        var throughEf = await RowsWrittenAsync(db, record, now, async (entity, revision) =>
        {
            db.Datasets.Add(entity);
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        });
        var inBulk = await RowsWrittenAsync(db, record, now, async (entity, revision) =>
        {
            await using (var datasets = await BulkInserter<DatasetEntity>.CreateAsync(db, default)) await datasets.InsertAsync(entity, default);
            await using (var facets = await BulkInserter<DatasetFacetEntity>.CreateAsync(db, default)) await facets.InsertAsync(entity.Facets, default);
            await using (var summaries = await BulkInserter<DatasetSummaryEntity>.CreateAsync(db, default)) await summaries.InsertAsync(entity.Summary!, default);
            await using (var revisions = await BulkInserter<RevisionEntity>.CreateAsync(db, default)) await revisions.InsertAsync(revision, default);
        });

        Assert.True(throughEf["dataset_facets"].Count(f => f.Split('|')[1].Trim('\'') == DatasetProjection.Kinds.Variable) > 1, "the sample record has several variables");
        Assert.True(throughEf["dataset_facets"].Count > 10, "the sample record has several facets");
        foreach (var table in Tables) Assert.Equal(throughEf[table], inBulk[table]);
    }

    /// <summary>Writes the record's rows one way inside a transaction that is rolled back, and returns them as
    /// SQL literals (SQLite: <c>quote()</c>, which shows the storage class) or text (PostgreSQL), table by table.</summary>
    private static async Task<Dictionary<string, List<string>>> RowsWrittenAsync(CatalogueDbContext db, DatasetRecord record, DateTimeOffset now,
        Func<DatasetEntity, RevisionEntity, Task> write)
    {
        var entity = new DatasetEntity();
        DatasetProjection.Apply(entity, record, now, publisher: null);
        var revision = new RevisionEntity
        {
            DatasetId = record.Id, Number = 1, Author = "test", CreatedAt = now.UtcDateTime, Action = "import",
            Changes = RevisionEntity.WholeDocument, Document = entity.Document,
        };
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await write(entity, revision);
            var rows = new Dictionary<string, List<string>>();
            foreach (var table in Tables) rows[table] = await RowsAsync(db, table, entity);
            await tx.RollbackAsync();
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<string>> RowsAsync(CatalogueDbContext db, string table, DatasetEntity entity)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.Transaction = transaction;
            info.CommandText = db.IsPostgres
                ? $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position"
                : $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }
        columns.Remove("Id"); // store-generated in the revision table; the datasets' Id is in the filter
        // Child rows are found through the stored dataset id or facet key: a Guid stored as other text would find none.
        var key = table switch
        {
            "datasets" or "dataset_summaries" => $"\"SearchKey\" = {entity.SearchKey}",
            "dataset_facets" => $"\"DatasetKey\" = (SELECT \"FacetKey\" FROM datasets WHERE \"SearchKey\" = {entity.SearchKey})",
            _ => $"\"DatasetId\" = (SELECT \"Id\" FROM datasets WHERE \"SearchKey\" = {entity.SearchKey})",
        };
        var select = string.Join(" || '|' || ", columns.Select(c => db.IsPostgres ? $"coalesce(\"{c}\"::text, 'NULL')" : $"quote(\"{c}\")"));
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = $"SELECT {select} FROM {table} WHERE {key} ORDER BY 1";
        var rows = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}

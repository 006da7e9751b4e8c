using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Security;
using Catalogue.Api.Services;
using Catalogue.Api.Tests.GraphQL;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Api.Tests.Apis;

/// <summary>
/// Datasets are found by variable name through facet rows of kind "variable" (no variables table): the REST
/// filter, the GraphQL where filter and the GraphQL <c>variables</c> field must find exactly what the documents'
/// data dictionaries hold, and the migration must carry the names of an existing database over.
/// </summary>
public sealed class VariableSearchTests(CatalogueApiFactory factory) : IClassFixture<CatalogueApiFactory>
{
    private const int Published = (int)RecordStatus.Published;

    [Fact]
    public async Task Every_variable_name_filter_finds_exactly_the_datasets_whose_dictionary_has_it()
    {
        var records = await PublishedInIdOrderAsync(factory);
        var names = records.SelectMany(r => r.DataDictionary.SelectMany(t => t.Variables)).Select(v => v.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(names.Count > 5, "the demo catalogue has data dictionaries");
        var client = factory.Anonymous();
        foreach (var name in names)
        {
            var expected = records.Where(r => HasVariable(r, name)).Select(r => r.Slug).Order().ToList();
            var rest = await client.GetAsync($"/api/v1/datasets?variable={Uri.EscapeDataString(name.ToUpperInvariant())}&limit=100").Ok();
            Assert.Equal(expected, rest["items"]!.AsArray().Select(i => (string)i!["slug"]!).Order());
            var graph = await client.DataAsync("query ($n: String!) { datasets(first: 100, where: {variable: {includes: $n}}) { nodes { slug } } }", new { n = name });
            Assert.Equal(expected, graph["datasets"]!.Nodes().Select(n => (string)n["slug"]!).Order());
        }

        // All and none of two names, as the GraphQL filter combines them.
        var (a, b) = (names[0], names[^1]);
        var both = await client.DataAsync("query ($n: [String!]) { datasets(first: 100, where: {variable: {includesAll: $n}}) { nodes { slug } } }", new { n = new[] { a, b } });
        Assert.Equal(records.Where(r => HasVariable(r, a) && HasVariable(r, b)).Select(r => r.Slug).Order(), both["datasets"]!.Nodes().Select(n => (string)n["slug"]!).Order());
        var neither = await client.DataAsync("query ($n: [String!]) { datasets(first: 100, where: {variable: {includesNone: $n}}) { nodes { slug } } }", new { n = new[] { a, b } });
        Assert.Equal(records.Where(r => !HasVariable(r, a) && !HasVariable(r, b)).Select(r => r.Slug).Order(), neither["datasets"]!.Nodes().Select(n => (string)n["slug"]!).Order());
    }

    [Fact]
    public async Task The_variables_field_lists_matches_in_dataset_id_then_dictionary_order()
    {
        var records = await PublishedInIdOrderAsync(factory);
        var variables = records.SelectMany(r => r.DataDictionary.SelectMany(t => t.Variables.Select(v => (Record: r, Table: t, Variable: v)))).ToList();
        var client = factory.Anonymous();

        var name = variables.GroupBy(m => m.Variable.Name.ToLowerInvariant()).OrderByDescending(g => g.Count()).First().Key;
        var codingSystem = variables.Select(m => m.Variable.CodingSystem).OfType<string>().GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
        foreach (var (arguments, matches) in new (object, Func<Variable, bool>)[]
        {
            (new { name = name.ToUpperInvariant(), codingSystem = (string?)null }, v => v.Name.ToLowerInvariant() == name),
            (new { name = (string?)null, codingSystem }, v => v.CodingSystem == codingSystem),
            (new { name, codingSystem }, v => v.Name.ToLowerInvariant() == name && v.CodingSystem == codingSystem),
        })
            foreach (var first in new[] { 1, 2, 100 })
            {
                var expected = variables.Where(m => matches(m.Variable)).Take(first).Select(m => $"{m.Record.Slug}/{m.Table.Name}/{m.Variable.Name}").ToList();
                var data = await client.DataAsync($"query ($name: String, $codingSystem: String) {{ variables(name: $name, codingSystem: $codingSystem, first: {first}) {{ dataset {{ slug }} table {{ name }} variable {{ name }} }} }}", arguments);
                Assert.Equal(expected, data["variables"]!.AsArray().Select(m => $"{m!["dataset"]!["slug"]}/{m["table"]!["name"]}/{m["variable"]!["name"]}"));
            }
    }

    [Fact]
    public async Task The_migration_moves_the_variable_names_of_an_existing_database_into_facets_and_back()
    {
        await using var fresh = new CatalogueApiFactory();
        await fresh.InitializeAsync();
        using var scope = fresh.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var documents = await db.Datasets.AsNoTracking().Select(d => d.Document).ToListAsync();
        var records = documents.Select(RecordJson.Deserialize).ToList();
        var expectedVariables = records.SelectMany(r => r.DataDictionary.SelectMany(t => t.Variables.Select(v => $"{r.Id}|{t.Name}|{v.Name.ToLowerInvariant()}|{v.CodingSystem}"))).Order().ToList();
        var expectedNames = records.SelectMany(r => r.DataDictionary.SelectMany(t => t.Variables).Select(v => $"{r.Id}|{v.Name.ToLowerInvariant()}")).Distinct().Order().ToList();
        Assert.True(expectedVariables.Count > expectedNames.Count / 2 && expectedNames.Count > 5);
        Assert.Equal(expectedNames, await VariableFacetsAsync(db));

        // Back to the schema with the variables table: its rows are rebuilt from the documents.
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261202120000_DatasetSummary");
        var rows = await db.Database.SqlQueryRaw<VariableRow>("""SELECT "DatasetId", "TableName", "Name", "CodingSystem" FROM dataset_variables""").ToListAsync();
        Assert.Equal(expectedVariables, rows.Select(r => $"{r.DatasetId}|{r.TableName}|{r.Name}|{r.CodingSystem}").Order());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("""SELECT CAST(count(*) AS INTEGER) AS "Value" FROM dataset_facets WHERE "Kind" = 'variable'""").SingleAsync());

        // And forward again: one facet row per distinct name of a record.
        await migrator.MigrateAsync();
        Assert.Equal(expectedNames, await VariableFacetsAsync(db));
        Assert.False(await db.Database.SqlQueryRaw<int>(fresh.IsPostgres
            ? "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_name = 'dataset_variables'"
            : "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'dataset_variables'").SingleAsync() > 0);
    }

    private sealed record VariableRow(Guid DatasetId, string TableName, string Name, string? CodingSystem);

    private static async Task<List<string>> VariableFacetsAsync(CatalogueDbContext db) =>
        (await db.Facets.AsNoTracking().Where(f => f.Kind == DatasetProjection.Kinds.Variable)
            .Join(db.Datasets, f => f.DatasetKey, d => d.FacetKey, (f, d) => new { d.Id, f.Value }).ToListAsync())
            .Select(f => $"{f.Id}|{f.Value}").Order().ToList();

    private static bool HasVariable(DatasetRecord r, string name) =>
        r.DataDictionary.SelectMany(t => t.Variables).Any(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>What an anonymous reader sees, in the database's id order (the order of the variables field).</summary>
    private static async Task<List<DatasetRecord>> PublishedInIdOrderAsync(CatalogueApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var documents = await db.Datasets.AsNoTracking().Where(d => d.Status == Published).OrderBy(d => d.Id).Select(d => d.Document).ToListAsync();
        return documents.Select(RecordJson.Deserialize).ToList();
    }
}

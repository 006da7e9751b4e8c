using Catalogue.Api.GraphQL;
using Catalogue.GraphQL.Utilities;
using Catalogue.TestSupport;

namespace Catalogue.Api.Tests.GraphQL;

/// <summary>The committed SDL (schemas/catalogue.graphql) is what the server serves: a schema change shows up in review.</summary>
public sealed class GraphQLSchemaSnapshotTests
{
    private static string SnapshotPath => Path.Combine(SharedPaths.RepoRoot, "schemas", "catalogue.graphql");

    [Fact]
    public void The_printed_schema_matches_the_committed_snapshot()
    {
        var printed = SchemaPrinter.Print(CatalogueGraph.Build()) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SnapshotPath)!);
            File.WriteAllText(SnapshotPath, printed);
        }
        var committed = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed,
            $"The GraphQL schema differs from {SnapshotPath}. If the change is intended, run the tests once with UPDATE_SNAPSHOTS=1 " +
            $"to rewrite it and commit the file. First difference at character {FirstDifference(committed, printed)}.");
    }

    [Fact]
    public void The_schema_is_valid_and_declares_the_relay_node_interface()
    {
        var schema = CatalogueGraph.Build();
        Assert.Empty(schema.Validate());
        var dataset = (Catalogue.GraphQL.Types.ObjectType)schema.GetType("Dataset")!;
        Assert.Contains(dataset.Interfaces, i => i.Name == "Node");
        var where = (Catalogue.GraphQL.Types.InputObjectType)schema.GetType("DatasetWhere")!;
        Assert.All(new[] { "and", "or", "not" }, name => Assert.Equal("[DatasetWhere!]", where.Fields[name].Type.ToString()));
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++) if (a[i] != b[i]) return i;
        return n;
    }
}

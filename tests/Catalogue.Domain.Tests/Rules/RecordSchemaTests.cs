using Catalogue.Domain.Model;
using Catalogue.TestSupport;

namespace Catalogue.Domain.Tests.Rules;

public sealed class RecordSchemaTests
{
    /// <summary>The committed schema is what the contract prints; UPDATE_SNAPSHOTS=1 rewrites it.</summary>
    [Fact]
    public void The_committed_json_schema_matches_the_serialisation_contract()
    {
        var path = Path.Combine(SharedPaths.RepoRoot, "schemas", "dataset-record.schema.json");
        var printed = RecordSchema.Print();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, printed);
        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_SNAPSHOTS=1");
        Assert.True(File.ReadAllText(path) == printed, "schemas/dataset-record.schema.json drifted from the record's contract: run the tests with UPDATE_SNAPSHOTS=1 and commit the file.");
    }

    [Fact]
    public void The_schema_names_the_record_fields_and_enum_values()
    {
        var schema = RecordSchema.Build();
        var props = schema["properties"]!.AsObject();
        foreach (var field in new[] { "title", "distributions", "dataDictionary", "anonymisation", "accessRights", "temporalCoverage" })
            Assert.True(props.ContainsKey(field), field);
        Assert.Contains("NonPublic", props["accessRights"]!.ToJsonString());
    }
}


/// <summary>Ajv (npm, written by others) judges our records against our own schema.</summary>
public sealed class RecordSchemaOracleTests
{
    [Fact]
    public void Every_demo_record_is_valid_against_the_schema_and_a_broken_one_is_not()
    {
        var oracle = Path.Combine(SharedPaths.RepoRoot, "tests", "Catalogue.Domain.Tests", "Oracle");
        if (!Directory.Exists(Path.Combine(oracle, "node_modules"))) Run("npm", "ci --no-audit --no-fund --loglevel=error", oracle);
        var dir = Directory.CreateTempSubdirectory("schema-oracle").FullName;
        var schema = Path.Combine(dir, "schema.json");
        File.WriteAllText(schema, RecordSchema.Print());
        var files = new List<string>();
        foreach (var demo in Catalogue.Domain.Samples.DemoCatalogue.Records())
        {
            var f = Path.Combine(dir, demo.Record.Slug + ".json");
            File.WriteAllText(f, RecordJson.Serialize(demo.Record));
            files.Add(f);
        }
        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{\"title\": 5, \"accessRights\": \"Secret\"}");
        var output = Run("node", $"validate.mjs {schema} {string.Join(' ', files)} {broken}", oracle);
        foreach (var f in files) Assert.Contains($"ok {f}", output);
        Assert.Contains($"invalid {broken}", output);
    }

    private static string Run(string file, string args, string cwd)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(file, args) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(psi) ?? throw new InvalidOperationException($"{file} is not installed (node and npm are needed for this oracle).");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} {args} failed: {stderr}");
        return stdout.Result;
    }
}

using System.Text.Json;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;
using Catalogue.GraphQL.Types.Builder;

namespace Catalogue.GraphQL.Tests.Execution;

/// <summary>
/// Fields declared with <c>ResolveFromSource</c> run on the executor's context-free path; the same schema declared
/// with context resolvers runs on the general path. Both must answer byte for byte alike: values, aliases,
/// fragments, directives, arguments from variables, errors with their paths, and null propagation.
/// </summary>
public sealed class SourceResolverTests
{
    private sealed record Item(string Id, string? Name, string? Kind, object? Extra);

    private static readonly Item[] Items =
    [
        new("i1", "first", "A", 1),
        new("i2", null, "B", JsonDocument.Parse("7").RootElement),
        new("i3", "third", "NOT_A_KIND", Task.FromResult<object?>(3)),
    ];

    /// <summary>A field read from the item, declared either way.</summary>
    private static Action<FieldBuilder> Read(bool fromSource, Func<Item, IReadOnlyDictionary<string, object?>, object?> read) =>
        f =>
        {
            if (fromSource) f.ResolveFromSource((source, arguments) => read((Item)source!, arguments));
            else f.Resolve(c => read((Item)c.Source!, c.Arguments));
        };

    private static Schema Build(bool fromSource) => new SchemaBuilder()
        .Enum("Kind", "A", "B")
        .Object("Query", t => t
            .Field("items", "[Item]", _ => Items)
            .Field("strictItems", "[Item!]", _ => Items))
        .Object("Item", t => t
            .Field("id", "ID!", Read(fromSource, (i, _) => i.Id))
            .Field("name", "String", f =>
            {
                f.Argument("upper", "Boolean");
                Read(fromSource, (i, a) => a.GetValueOrDefault("upper") is true ? i.Name?.ToUpperInvariant() : i.Name)(f);
            })
            .Field("mustName", "String!", Read(fromSource, (i, _) => i.Name))
            .Field("kind", "Kind", Read(fromSource, (i, _) => i.Kind))
            .Field("extra", "Int", Read(fromSource, (i, _) => i.Extra))
            .Field("broken", "String", Read(fromSource, (i, _) => i.Id == "i2" ? throw new InvalidOperationException("no " + i.Id) : i.Id))
            .Field("brokenNonNull", "String!", Read(fromSource, (i, _) => i.Id == "i1" ? throw new InvalidOperationException("none") : i.Id))
            .Field("failure", "String", Read(fromSource, (i, _) => i.Id == "i3" ? new InvalidOperationException("returned") : null))
            // Lists of scalars and enums: plain lists complete on the fast path; a null item, an invalid enum value,
            // an out-of-range Int, a task or a non-list hands the value over to the general completion.
            .Field("tags", "[String!]!", Read(fromSource, (i, _) => new List<string> { i.Id, "tag" }))
            .Field("names", "[String]", Read(fromSource, (i, _) => new List<string?> { i.Name, i.Id }))
            .Field("strictNames", "[String!]", Read(fromSource, (i, _) => new List<string?> { i.Id, i.Name }))
            .Field("kinds", "[Kind!]", Read(fromSource, (i, _) => new[] { "A", i.Kind }))
            .Field("counts", "[Int]", Read(fromSource, (i, _) => i.Id == "i2" ? new List<object> { 1L, 1L << 40 } : new List<object> { 1, 2 }))
            .Field("later", "[Int]", Read(fromSource, (i, _) => i.Id == "i3" ? new object?[] { Task.FromResult<object?>(5), 6 } : Enumerable.Range(1, 2)))
            .Field("notAList", "[String]", Read(fromSource, (i, _) => i.Id == "i1" ? "just text" : new List<string> { "x" })))
        .Query("Query")
        .Build();

    public static TheoryData<string, string?> Queries() => new()
    {
        { "{ items { id name kind extra __typename } }", null },
        { "query ($up: Boolean) { items { id loud: name(upper: $up) quiet: name(upper: false) } }", """{"up": true}""" },
        { "query ($skip: Boolean!) { items { ...F id @skip(if: $skip) } } fragment F on Item { ... on Item { name } kind }", """{"skip": true}""" },
        { "{ items { id mustName } }", null },
        { "{ strictItems { id mustName } }", null },
        { "{ items { id broken brokenNonNull } }", null },
        { "{ items { failure } strictItems { id brokenNonNull } }", null },
        { "{ items { id tags names kinds counts later } }", null },
        { "{ items { id strictNames } }", null },
        { "{ items { notAList } }", null },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_context_free_path_answers_as_the_general_path(string query, string? variables)
    {
        var general = await Run(Build(fromSource: false), query, variables);
        var fast = await Run(Build(fromSource: true), query, variables);
        Assert.Equal(general, fast);
        // The error cases do fail (null propagation included), so the comparison covers the error paths.
        if (query.Contains("mustName") || query.Contains("broken") || query.Contains("kinds") || query.Contains("strictNames")
            || query.Contains("notAList")) Assert.Contains("\"errors\"", fast);
        if (query.Contains("strictItems")) Assert.Contains("\"strictItems\":null", fast);
    }

    [Fact]
    public async Task Values_the_fast_path_hands_over_still_complete_as_before()
    {
        // A JsonElement, a task and an invalid enum value all leave the fast path for the general completion.
        var json = await Run(Build(fromSource: true), "{ items { extra kind } }", null);
        using var result = JsonDocument.Parse(json);
        Assert.Equal("""[{"extra":1,"kind":"A"},{"extra":7,"kind":"B"},{"extra":3,"kind":null}]""",
            result.RootElement.GetProperty("data").GetProperty("items").GetRawText());
        var error = Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["items",2,"kind"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task A_plain_list_of_scalars_is_completed_on_the_fast_path()
    {
        var json = await Run(Build(fromSource: true), "{ items { tags names } }", null);
        Assert.Equal("""{"data":{"items":[{"tags":["i1","tag"],"names":["first","i1"]},{"tags":["i2","tag"],"names":[null,"i2"]},{"tags":["i3","tag"],"names":["third","i3"]}]}}""", json);
    }

    [Fact]
    public void Only_scalar_and_enum_fields_with_coerced_arguments_take_the_fast_path()
    {
        var schema = Build(fromSource: true);
        var item = (ObjectType)schema.GetType("Item")!;
        Assert.NotNull(item.GetField("name")!.ResolveFromSource);
        var general = (ObjectType)Build(fromSource: false).GetType("Item")!;
        Assert.Null(general.GetField("name")!.ResolveFromSource);
    }

    private static async Task<string> Run(Schema schema, string query, string? variables) =>
        JsonSerializer.Serialize(await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variables)!
                .ToDictionary(kv => kv.Key, kv => (object?)kv.Value),
        }));
}

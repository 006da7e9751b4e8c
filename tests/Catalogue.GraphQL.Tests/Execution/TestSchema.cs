using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Tests.Execution;

/// <summary>A small library schema (books, authors, a union and an interface) for executor tests.</summary>
internal static class TestSchema
{
    public sealed record Author(string Id, string Name);
    public sealed record Book(string Id, string Title, string AuthorId, int? Pages = null);
    public sealed record Magazine(string Id, string Title, int Issue);

    public static readonly Author[] Authors = [new("a1", "Ada"), new("a2", "Grace")];
    public static readonly Book[] Books = [new("b1", "Notes", "a1", 10), new("b2", "Compilers", "a2"), new("b3", "Engines", "a1", 30)];

    public static FieldResolver R(Func<ResolveFieldContext, object?> resolve) => ctx => ValueTask.FromResult(resolve(ctx));

    public static Schema Create(Action<string>? onBatch = null, List<string>? log = null)
    {
        InterfaceType publication = null!;
        ObjectType author = null!;
        publication = new InterfaceType("Publication", () =>
        [
            new FieldDefinition("id", new NonNullType(Scalars.ID)),
            new FieldDefinition("title", new NonNullType(Scalars.String)),
        ]);
        author = new ObjectType("Author", () =>
        [
            new FieldDefinition("id", new NonNullType(Scalars.ID)),
            new FieldDefinition("name", Scalars.String),
            new FieldDefinition("failing", Scalars.String) { Resolve = _ => throw new InvalidOperationException("author failure") },
            new FieldDefinition("failingNonNull", new NonNullType(Scalars.String)) { Resolve = R(_ => null) },
        ]);
        var book = new ObjectType("Book", () =>
        [
            new FieldDefinition("id", new NonNullType(Scalars.ID)),
            new FieldDefinition("title", new NonNullType(Scalars.String)),
            new FieldDefinition("pages", Scalars.Int),
            new FieldDefinition("author", author)
            {
                Resolve = async ctx =>
                {
                    var loader = ctx.GetDataLoader<string, Author>("authors", (keys, _) =>
                    {
                        onBatch?.Invoke(string.Join(",", keys));
                        IReadOnlyDictionary<string, Author> found = Authors.Where(a => keys.Contains(a.Id)).ToDictionary(a => a.Id);
                        return Task.FromResult(found);
                    });
                    return await loader.LoadAsync(((Book)ctx.Source!).AuthorId);
                },
            },
        ], () => [publication]);
        var magazine = new ObjectType("Magazine", () =>
        [
            new FieldDefinition("id", new NonNullType(Scalars.ID)),
            new FieldDefinition("title", new NonNullType(Scalars.String)),
            new FieldDefinition("issue", Scalars.Int),
        ], () => [publication]);
        var searchResult = new UnionType("SearchResult", [book, author]);
        var color = new EnumType("Color", [new EnumValueDefinition("RED", 1), new EnumValueDefinition("GREEN", 2)]);
        var filter = new InputObjectType("BookFilter",
        [
            new InputFieldDefinition("titleContains", Scalars.String),
            new InputFieldDefinition("minPages", Scalars.Int) { DefaultValue = 0 },
        ]);
        var selector = new InputObjectType("BookSelector",
        [
            new InputFieldDefinition("id", Scalars.ID),
            new InputFieldDefinition("title", Scalars.String),
        ]) { IsOneOf = true };

        var query = new ObjectType("Query", () =>
        [
            new FieldDefinition("books", new NonNullType(new ListType(new NonNullType(book))),
                [new ArgumentDefinition("filter", filter)])
            {
                Resolve = R(ctx =>
                {
                    var f = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
                    var contains = f?.GetValueOrDefault("titleContains") as string;
                    var minPages = f?.GetValueOrDefault("minPages") as int? ?? 0;
                    return Books.Where(b => (contains is null || b.Title.Contains(contains)) && (b.Pages ?? 0) >= minPages);
                }),
            },
            new FieldDefinition("book", book, [new ArgumentDefinition("by", new NonNullType(selector))])
            {
                Resolve = R(ctx =>
                {
                    var by = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("by")!;
                    return Books.FirstOrDefault(b => by.TryGetValue("id", out var id) ? b.Id == (string?)id : b.Title == (string?)by["title"]);
                }),
            },
            new FieldDefinition("search", new ListType(searchResult))
            {
                Resolve = R(_ => new object[] { Books[0], Authors[1] }),
            },
            new FieldDefinition("publications", new ListType(publication))
            {
                Resolve = R(_ => new object[] { Books[1], new Magazine("m1", "Monthly", 7) }),
            },
            new FieldDefinition("echo", Scalars.String,
                [new ArgumentDefinition("text", Scalars.String) { DefaultValue = "default" }])
            {
                Resolve = R(ctx => ctx.Arguments.GetValueOrDefault("text")),
            },
            new FieldDefinition("sum", Scalars.Int, [new ArgumentDefinition("values", new NonNullType(new ListType(new NonNullType(Scalars.Int))))])
            {
                Resolve = R(ctx => ((IEnumerable<object?>)ctx.Arguments["values"]!).Sum(v => (int)v!)),
            },
            new FieldDefinition("color", color, [new ArgumentDefinition("c", color)])
            {
                Resolve = R(ctx => ctx.Arguments.GetValueOrDefault("c") ?? 2),
            },
            new FieldDefinition("nullableAuthors", new ListType(author)) { Resolve = R(_ => Authors) },
            new FieldDefinition("strictAuthors", new ListType(new NonNullType(author))) { Resolve = R(_ => Authors) },
            new FieldDefinition("slow", Scalars.String, [new ArgumentDefinition("name", Scalars.String)])
            {
                Resolve = async ctx =>
                {
                    log?.Add("start " + ctx.Arguments["name"]);
                    await Task.Delay(20, ctx.CancellationToken);
                    log?.Add("end " + ctx.Arguments["name"]);
                    return ctx.Arguments["name"];
                },
            },
            new FieldDefinition("taskValue", Scalars.String) { Resolve = R(_ => Task.FromResult("from task")) },
        ]);

        var mutation = new ObjectType("Mutation", () =>
        [
            new FieldDefinition("step", Scalars.String, [new ArgumentDefinition("name", new NonNullType(Scalars.String))])
            {
                Resolve = async ctx =>
                {
                    var name = (string)ctx.Arguments["name"]!;
                    log?.Add("start " + name);
                    await Task.Delay(name == "first" ? 30 : 1);
                    log?.Add("end " + name);
                    return name;
                },
            },
        ]);

        return new Schema(query, mutation, types: [magazine]);
    }

    public static Task<ExecutionResult> Run(Schema schema, string query, string? variablesJson = null, string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var variables = variablesJson is null
            ? null
            : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(variablesJson)!
                .ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        return Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            OperationName = operationName,
            CancellationToken = cancellationToken,
        });
    }

    public static string Json(ExecutionResult result) => System.Text.Json.JsonSerializer.Serialize(result);
}

using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Types.Builder;

/// <summary>
/// Concise code-first schema declaration. Types refer to each other by SDL type references
/// (<c>"[Dataset!]!"</c>), resolved when the schema is built, so declaration order and cycles do not matter:
/// <code>
/// var schema = new SchemaBuilder()
///     .Object("Query", t => t
///         .Field("dataset", "Dataset", f => f.Argument("id", "ID!").Resolve(ctx => repo.Find(ctx.GetArgument&lt;string&gt;("id"))))
///         .Field("datasets", "[Dataset!]!", ctx => repo.All()))
///     .Object("Dataset", t => t.Field("id", "ID!").Field("title", "String"))
///     .Query("Query")
///     .Build();
/// </code>
/// </summary>
public sealed class SchemaBuilder
{
    private readonly Dictionary<string, NamedType> _types = [];
    private readonly List<string> _order = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private string? _query;
    private string? _mutation;
    private string? _subscription;
    private string? _description;

    public SchemaBuilder()
    {
        foreach (var scalar in Scalars.All) _types[scalar.Name] = scalar;
    }

    /// <summary>Adds a type built elsewhere (custom scalars, enums from C# enums, hand-made types).</summary>
    public SchemaBuilder Add(NamedType type)
    {
        if (_types.TryGetValue(type.Name, out var existing) && !ReferenceEquals(existing, type) && !Scalars.IsSpecifiedScalar(existing))
            throw new InvalidOperationException($"Type \"{type.Name}\" is already declared.");
        _types[type.Name] = type;
        _order.Add(type.Name);
        return this;
    }

    public SchemaBuilder Object(string name, Action<FieldsBuilder> configure, string? description = null, IsTypeOfPredicate? isTypeOf = null)
    {
        var fields = new FieldsBuilder(this);
        configure(fields);
        return Add(new ObjectType(name, fields.BuildFields, () => fields.BuildInterfaces(), description) { IsTypeOf = isTypeOf });
    }

    public SchemaBuilder Interface(string name, Action<FieldsBuilder> configure, string? description = null, TypeResolver? resolveType = null)
    {
        var fields = new FieldsBuilder(this);
        configure(fields);
        return Add(new InterfaceType(name, fields.BuildFields, () => fields.BuildInterfaces(), description) { ResolveType = resolveType });
    }

    public SchemaBuilder Union(string name, IEnumerable<string> memberTypeNames, string? description = null, TypeResolver? resolveType = null)
    {
        var members = memberTypeNames.ToList();
        return Add(new UnionType(name, () => members.Select(m => Resolve(m) as ObjectType
            ?? throw new InvalidOperationException($"Union \"{name}\" member \"{m}\" is not an object type.")), description) { ResolveType = resolveType });
    }

    public SchemaBuilder Enum(string name, IEnumerable<EnumValueDefinition> values, string? description = null) =>
        Add(new EnumType(name, values, description));

    /// <summary>An enum whose values are named as given and whose internal values are the names.</summary>
    public SchemaBuilder Enum(string name, params string[] values) => Enum(name, values.Select(v => new EnumValueDefinition(v)));

    public SchemaBuilder Input(string name, Action<InputFieldsBuilder> configure, string? description = null, bool isOneOf = false)
    {
        var fields = new InputFieldsBuilder(this);
        configure(fields);
        return Add(new InputObjectType(name, fields.Build, description) { IsOneOf = isOneOf });
    }

    public SchemaBuilder Directive(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    public SchemaBuilder Query(string typeName) => Set(ref _query, typeName);

    public SchemaBuilder Mutation(string typeName) => Set(ref _mutation, typeName);

    public SchemaBuilder Subscription(string typeName) => Set(ref _subscription, typeName);

    public SchemaBuilder Description(string description) => Set(ref _description, description);

    /// <summary>Builds the schema; throws when a referenced type is missing or the schema is invalid.</summary>
    public Schema Build(bool validate = true)
    {
        // Custom directives first, then the specified ones not redefined: the order graphql-js buildSchema gives
        // an SDL schema, so introspection lists directives the same way for the same SDL.
        var directives = _directives.Concat(SpecifiedDirectives.All.Where(d => _directives.All(c => c.Name != d.Name)));
        var schema = new Schema(
            Root(_query), Root(_mutation), Root(_subscription),
            _order.Select(n => _types[n]), directives, _description);
        return validate ? schema.AssertValid() : schema;
    }

    /// <summary>The type denoted by an SDL type reference; named types must have been declared (or be built-in scalars).</summary>
    public GraphQLType Resolve(string typeReference) => Resolve(Parser.ParseType(typeReference));

    private GraphQLType Resolve(TypeNode node) => node switch
    {
        NonNullTypeNode n => new NonNullType(Resolve(n.Type)),
        ListTypeNode l => new ListType(Resolve(l.Type)),
        NamedTypeNode named => _types.GetValueOrDefault(named.Name.Value)
            ?? throw new InvalidOperationException($"Unknown type \"{named.Name.Value}\"."),
        _ => throw new InvalidOperationException($"Unexpected type reference {node.Kind}."),
    };

    private ObjectType? Root(string? name) => name is null
        ? null
        : _types.GetValueOrDefault(name) as ObjectType ?? throw new InvalidOperationException($"Root type \"{name}\" is not a declared object type.");

    private SchemaBuilder Set(ref string? field, string value)
    {
        field = value;
        return this;
    }
}

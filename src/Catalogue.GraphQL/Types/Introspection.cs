using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Utilities;

namespace Catalogue.GraphQL.Types;

/// <summary>
/// The introspection types and meta fields, defined as in graphql-js 16.15 (type/introspection.ts),
/// with explicit resolvers so they work whatever the executor's default resolver does.
/// </summary>
public static class Introspection
{
    private static FieldResolver R(Func<ResolveFieldContext, object?> resolve) => ctx => ValueTask.FromResult(resolve(ctx));

    private static FieldDefinition F(string name, GraphQLType type, Func<ResolveFieldContext, object?> resolve, string? description = null) =>
        new(name, type) { Resolve = R(resolve), Description = description };

    private static FieldDefinition WithIncludeDeprecated(string name, GraphQLType type, GraphQLType argType, Func<ResolveFieldContext, bool, object?> resolve) =>
        new(name, type, [new ArgumentDefinition("includeDeprecated", argType) { DefaultValue = false }])
        {
            Resolve = R(ctx => resolve(ctx, ctx.GetArgument<bool>("includeDeprecated"))),
        };

    private static GraphQLType NonNull(GraphQLType t) => new NonNullType(t);

    private static GraphQLType ListOfNonNull(GraphQLType t) => new ListType(new NonNullType(t));

    public static readonly EnumType TypeKindType = new(
        "__TypeKind",
        [
            new("SCALAR") { Description = "Indicates this type is a scalar." },
            new("OBJECT") { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
            new("INTERFACE") { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
            new("UNION") { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
            new("ENUM") { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
            new("INPUT_OBJECT") { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
            new("LIST") { Description = "Indicates this type is a list. `ofType` is a valid field." },
            new("NON_NULL") { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
        ],
        "An enum describing what kind of type a given `__Type` is.");

    private static readonly Dictionary<string, string> LocationDescriptions = new()
    {
        ["QUERY"] = "Location adjacent to a query operation.",
        ["MUTATION"] = "Location adjacent to a mutation operation.",
        ["SUBSCRIPTION"] = "Location adjacent to a subscription operation.",
        ["FIELD"] = "Location adjacent to a field.",
        ["FRAGMENT_DEFINITION"] = "Location adjacent to a fragment definition.",
        ["FRAGMENT_SPREAD"] = "Location adjacent to a fragment spread.",
        ["INLINE_FRAGMENT"] = "Location adjacent to an inline fragment.",
        ["VARIABLE_DEFINITION"] = "Location adjacent to a variable definition.",
        ["SCHEMA"] = "Location adjacent to a schema definition.",
        ["SCALAR"] = "Location adjacent to a scalar definition.",
        ["OBJECT"] = "Location adjacent to an object type definition.",
        ["FIELD_DEFINITION"] = "Location adjacent to a field definition.",
        ["ARGUMENT_DEFINITION"] = "Location adjacent to an argument definition.",
        ["INTERFACE"] = "Location adjacent to an interface definition.",
        ["UNION"] = "Location adjacent to a union definition.",
        ["ENUM"] = "Location adjacent to an enum definition.",
        ["ENUM_VALUE"] = "Location adjacent to an enum value definition.",
        ["INPUT_OBJECT"] = "Location adjacent to an input object type definition.",
        ["INPUT_FIELD_DEFINITION"] = "Location adjacent to an input object field definition.",
        ["DIRECTIVE_DEFINITION"] = "Location adjacent to a directive definition.",
    };

    public static readonly EnumType DirectiveLocationType = new(
        "__DirectiveLocation",
        Enum.GetValues<DirectiveLocation>().Select(l => new EnumValueDefinition(l.ToString(), l) { Description = LocationDescriptions.GetValueOrDefault(l.ToString()) }),
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    public static readonly ObjectType SchemaType = new("__Schema", () =>
    [
        F("description", Scalars.String, c => ((Schema)c.Source!).Description),
        F("types", NonNull(ListOfNonNull(TypeType!)), c => ((Schema)c.Source!).TypeMap.Values.ToList(),
            "A list of all types supported by this server."),
        F("queryType", NonNull(TypeType!), c => ((Schema)c.Source!).Query,
            "The type that query operations will be rooted at."),
        F("mutationType", TypeType!, c => ((Schema)c.Source!).Mutation,
            "If this server supports mutation, the type that mutation operations will be rooted at."),
        F("subscriptionType", TypeType!, c => ((Schema)c.Source!).Subscription,
            "If this server support subscription, the type that subscription operations will be rooted at."),
        new("directives", NonNull(ListOfNonNull(DirectiveType!)),
            [new ArgumentDefinition("includeDeprecated", NonNull(Scalars.Boolean)) { DefaultValue = false }])
        {
            Description = "A list of all directives supported by this server.",
            Resolve = R(c => ((Schema)c.Source!).Directives
                .Where(d => c.GetArgument<bool>("includeDeprecated") || d.DeprecationReason is null).ToList()),
        },
    ], description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    public static readonly ObjectType DirectiveType = new("__Directive", () =>
    [
        F("name", NonNull(Scalars.String), c => ((DirectiveDefinition)c.Source!).Name),
        F("description", Scalars.String, c => ((DirectiveDefinition)c.Source!).Description),
        F("isRepeatable", NonNull(Scalars.Boolean), c => ((DirectiveDefinition)c.Source!).IsRepeatable),
        F("locations", NonNull(ListOfNonNull(DirectiveLocationType)), c => ((DirectiveDefinition)c.Source!).Locations.Cast<object?>().ToList()),
        WithIncludeDeprecated("args", NonNull(ListOfNonNull(InputValueType!)), Scalars.Boolean,
            (c, all) => ((DirectiveDefinition)c.Source!).Args.Where(a => all || a.DeprecationReason is null).ToList()),
        F("isDeprecated", NonNull(Scalars.Boolean), c => ((DirectiveDefinition)c.Source!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((DirectiveDefinition)c.Source!).DeprecationReason),
    ], description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    public static readonly ObjectType TypeType = new("__Type", () =>
    [
        F("kind", NonNull(TypeKindType), c => KindOf((GraphQLType)c.Source!)),
        F("name", Scalars.String, c => (c.Source as NamedType)?.Name),
        F("description", Scalars.String, c => (c.Source as NamedType)?.Description),
        F("specifiedByURL", Scalars.String, c => (c.Source as ScalarType)?.SpecifiedByUrl),
        WithIncludeDeprecated("fields", ListOfNonNull(FieldType!), Scalars.Boolean,
            (c, all) => (c.Source as IFieldsType)?.Fields.Values.Where(f => all || f.DeprecationReason is null).ToList()),
        F("interfaces", ListOfNonNull(TypeType!), c => (c.Source as IFieldsType)?.Interfaces),
        F("possibleTypes", ListOfNonNull(TypeType!), c => c.Source is IAbstractType a ? c.Info.Schema.GetPossibleTypes(a) : null),
        WithIncludeDeprecated("enumValues", ListOfNonNull(EnumValueType!), Scalars.Boolean,
            (c, all) => (c.Source as EnumType)?.Values.Where(v => all || v.DeprecationReason is null).ToList()),
        WithIncludeDeprecated("inputFields", ListOfNonNull(InputValueType!), Scalars.Boolean,
            (c, all) => (c.Source as InputObjectType)?.Fields.Values.Where(f => all || f.DeprecationReason is null).ToList()),
        F("ofType", TypeType!, c => c.Source switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }),
        F("isOneOf", Scalars.Boolean, c => c.Source is InputObjectType io ? io.IsOneOf : null),
    ], description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    public static readonly ObjectType FieldType = new("__Field", () =>
    [
        F("name", NonNull(Scalars.String), c => ((FieldDefinition)c.Source!).Name),
        F("description", Scalars.String, c => ((FieldDefinition)c.Source!).Description),
        WithIncludeDeprecated("args", NonNull(ListOfNonNull(InputValueType!)), Scalars.Boolean,
            (c, all) => ((FieldDefinition)c.Source!).Args.Where(a => all || a.DeprecationReason is null).ToList()),
        F("type", NonNull(TypeType), c => ((FieldDefinition)c.Source!).Type),
        F("isDeprecated", NonNull(Scalars.Boolean), c => ((FieldDefinition)c.Source!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((FieldDefinition)c.Source!).DeprecationReason),
    ], description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    public static readonly ObjectType InputValueType = new("__InputValue", () =>
    [
        F("name", NonNull(Scalars.String), c => ((InputValueDefinition)c.Source!).Name),
        F("description", Scalars.String, c => ((InputValueDefinition)c.Source!).Description),
        F("type", NonNull(TypeType), c => ((InputValueDefinition)c.Source!).Type),
        F("defaultValue", Scalars.String, c => PrintDefaultValue((InputValueDefinition)c.Source!),
            "A GraphQL-formatted string representing the default value for this input value."),
        F("isDeprecated", NonNull(Scalars.Boolean), c => ((InputValueDefinition)c.Source!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((InputValueDefinition)c.Source!).DeprecationReason),
    ], description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    public static readonly ObjectType EnumValueType = new("__EnumValue", () =>
    [
        F("name", NonNull(Scalars.String), c => ((EnumValueDefinition)c.Source!).Name),
        F("description", Scalars.String, c => ((EnumValueDefinition)c.Source!).Description),
        F("isDeprecated", NonNull(Scalars.Boolean), c => ((EnumValueDefinition)c.Source!).DeprecationReason is not null),
        F("deprecationReason", Scalars.String, c => ((EnumValueDefinition)c.Source!).DeprecationReason),
    ], description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    /// <summary>In graphql-js order.</summary>
    public static IReadOnlyList<NamedType> Types { get; } =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    public static bool IsIntrospectionType(NamedType type) => Types.Any(t => t.Name == type.Name);

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static readonly FieldDefinition SchemaMetaField = new("__schema", new NonNullType(SchemaType))
    {
        Description = "Access the current type schema of this server.",
        Resolve = R(c => c.Info.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static readonly FieldDefinition TypeMetaField = new("__type", TypeType, [new ArgumentDefinition("name", new NonNullType(Scalars.String))])
    {
        Description = "Request the type information of a single type.",
        Resolve = R(c => c.Info.Schema.GetType(c.GetArgument<string>("name") ?? "")),
    };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static readonly FieldDefinition TypeNameMetaField = new("__typename", new NonNullType(Scalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolve = R(c => c.Info.ParentType.Name),
    };

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => throw new InvalidOperationException($"Unexpected type: \"{type}\"."),
    };

    private static string? PrintDefaultValue(InputValueDefinition inputValue)
    {
        if (!inputValue.HasDefaultValue) return null;
        var ast = AstFromValue.From(inputValue.DefaultValue, inputValue.Type);
        return ast is null ? null : Printer.Print(ast);
    }
}

using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>Behaviour to attach to a schema built from SDL (which only describes shapes).</summary>
public sealed record BuildAstSchemaOptions
{
    /// <summary>Resolver for (type name, field name); null leaves the executor's default resolver.</summary>
    public Func<string, string, FieldResolver?>? Resolvers { get; init; }

    /// <summary>Type resolver for an interface or union name.</summary>
    public Func<string, TypeResolver?>? TypeResolvers { get; init; }

    /// <summary>Implementations of custom scalars declared in the SDL (matched by name); others coerce by identity.</summary>
    public IReadOnlyList<ScalarType> Scalars { get; init; } = [];

    /// <summary>Validate the resulting schema and throw when it is invalid.</summary>
    public bool AssertValid { get; init; } = true;
}

/// <summary>
/// graphql-js buildASTSchema / buildSchema: a schema from SDL type definitions and extensions in one document.
/// Enum values get their names as internal values and default values are coerced with valueFromAST, as in graphql-js.
/// Documents are not checked with graphql-js's SDL validation rules; unknown types and malformed input fail loudly.
/// </summary>
public static class BuildAstSchema
{
    public static Schema Build(string sdl, BuildAstSchemaOptions? options = null) => Build(Parser.Parse(sdl), options);

    public static Schema Build(DocumentNode document, BuildAstSchemaOptions? options = null)
    {
        options ??= new BuildAstSchemaOptions();
        var builder = new AstSchemaBuilder(document, options);
        var schema = builder.Build();
        return options.AssertValid ? schema.AssertValid() : schema;
    }

    private sealed class AstSchemaBuilder(DocumentNode document, BuildAstSchemaOptions options)
    {
        private readonly OrderedDictionary<string, NamedType> _types = new();
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = [];

        public Schema Build()
        {
            foreach (var extension in document.Definitions.OfType<TypeExtensionNode>())
            {
                if (!_extensions.TryGetValue(extension.Name.Value, out var list)) _extensions[extension.Name.Value] = list = [];
                list.Add(extension);
            }
            foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
            {
                if (_types.ContainsKey(definition.Name.Value))
                    throw new InvalidOperationException($"Type \"{definition.Name.Value}\" was defined more than once.");
                _types[definition.Name.Value] = BuildType(definition);
            }

            var directives = document.Definitions.OfType<DirectiveDefinitionNode>().Select(BuildDirective).ToList();
            directives.AddRange(SpecifiedDirectives.All.Where(d => directives.All(c => c.Name != d.Name)));

            var schemaDef = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
            var operationTypes = (schemaDef?.OperationTypes ?? [])
                .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(e => e.OperationTypes))
                .ToDictionary(o => o.Operation, o => o.Type.Name.Value);
            ObjectType? Root(OperationType operation, string conventionalName) =>
                operationTypes.TryGetValue(operation, out var name)
                    ? GetNamedType(name) as ObjectType ?? throw new InvalidOperationException($"Root type \"{name}\" must be an object type.")
                    : schemaDef is null && operationTypes.Count == 0 ? GetNamedTypeOrNull(conventionalName) as ObjectType : null;

            return new Schema(
                Root(OperationType.Query, "Query"),
                Root(OperationType.Mutation, "Mutation"),
                Root(OperationType.Subscription, "Subscription"),
                _types.Values,
                directives,
                schemaDef?.Description?.Value);
        }

        private NamedType BuildType(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            var extensions = _extensions.GetValueOrDefault(name) ?? [];
            switch (definition)
            {
                case ScalarTypeDefinitionNode scalar:
                    var provided = options.Scalars.FirstOrDefault(s => s.Name == name)
                        ?? Types.Scalars.All.FirstOrDefault(s => s.Name == name);
                    if (provided is not null) return provided;
                    return new ScalarType(name, description)
                    {
                        SpecifiedByUrl = SpecifiedByUrl(scalar.Directives.Concat(extensions.SelectMany(e => e.Directives))),
                    };
                case ObjectTypeDefinitionNode obj:
                    var objExtensions = extensions.OfType<ObjectTypeExtensionNode>().ToList();
                    return new ObjectType(name,
                        () => BuildFields(name, obj.Fields.Concat(objExtensions.SelectMany(e => e.Fields))),
                        () => obj.Interfaces.Concat(objExtensions.SelectMany(e => e.Interfaces)).Select(i => (InterfaceType)GetNamedType(i.Name.Value)),
                        description);
                case InterfaceTypeDefinitionNode iface:
                    var ifaceExtensions = extensions.OfType<InterfaceTypeExtensionNode>().ToList();
                    return new InterfaceType(name,
                        () => BuildFields(name, iface.Fields.Concat(ifaceExtensions.SelectMany(e => e.Fields))),
                        () => iface.Interfaces.Concat(ifaceExtensions.SelectMany(e => e.Interfaces)).Select(i => (InterfaceType)GetNamedType(i.Name.Value)),
                        description)
                    { ResolveType = options.TypeResolvers?.Invoke(name) };
                case UnionTypeDefinitionNode union:
                    return new UnionType(name,
                        () => union.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).Select(t => (ObjectType)GetNamedType(t.Name.Value)),
                        description)
                    { ResolveType = options.TypeResolvers?.Invoke(name) };
                case EnumTypeDefinitionNode enumType:
                    return new EnumType(name,
                        enumType.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)).Select(v => new EnumValueDefinition(v.Name.Value)
                        {
                            Description = v.Description?.Value,
                            DeprecationReason = DeprecationReason(v.Directives),
                        }),
                        description);
                case InputObjectTypeDefinitionNode input:
                    return new InputObjectType(name,
                        () => input.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)).Select(BuildInputField),
                        description)
                    {
                        IsOneOf = input.Directives.Concat(extensions.SelectMany(e => e.Directives)).Any(d => d.Name.Value == SpecifiedDirectives.OneOf.Name),
                    };
                default:
                    throw new InvalidOperationException($"Unexpected type definition {definition.Kind}.");
            }
        }

        private IEnumerable<FieldDefinition> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> fields) =>
            fields.Select(f => new FieldDefinition(f.Name.Value, GetWrappedType(f.Type), f.Arguments.Select(BuildArgument))
            {
                Description = f.Description?.Value,
                DeprecationReason = DeprecationReason(f.Directives),
                Resolve = options.Resolvers?.Invoke(typeName, f.Name.Value),
            });

        private ArgumentDefinition BuildArgument(InputValueDefinitionNode node)
        {
            var type = GetWrappedType(node.Type);
            var argument = new ArgumentDefinition(node.Name.Value, type) { Description = node.Description?.Value, DeprecationReason = DeprecationReason(node.Directives) };
            return node.DefaultValue is null
                ? argument
                : new ArgumentDefinition(node.Name.Value, type)
                {
                    Description = argument.Description,
                    DeprecationReason = argument.DeprecationReason,
                    DefaultValue = ValueFromAst.GetValueOrDefault(node.DefaultValue, type, null),
                };
        }

        private InputFieldDefinition BuildInputField(InputValueDefinitionNode node)
        {
            var type = GetWrappedType(node.Type);
            return node.DefaultValue is null
                ? new InputFieldDefinition(node.Name.Value, type) { Description = node.Description?.Value, DeprecationReason = DeprecationReason(node.Directives) }
                : new InputFieldDefinition(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node.Directives),
                    DefaultValue = ValueFromAst.GetValueOrDefault(node.DefaultValue, type, null),
                };
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) =>
            new(node.Name.Value,
                node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)),
                node.Arguments.Select(BuildArgument))
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
            };

        private GraphQLType GetWrappedType(TypeNode node) => node switch
        {
            ListTypeNode list => new ListType(GetWrappedType(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(GetWrappedType(nonNull.Type)),
            NamedTypeNode named => GetNamedType(named.Name.Value),
            _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
        };

        private NamedType GetNamedType(string name) =>
            GetNamedTypeOrNull(name) ?? throw new InvalidOperationException($"Unknown type: \"{name}\".");

        // Built-in scalars and introspection types may be referenced without being declared.
        private NamedType? GetNamedTypeOrNull(string name) =>
            _types.GetValueOrDefault(name)
            ?? Types.Scalars.All.FirstOrDefault(s => s.Name == name)
            ?? Introspection.Types.FirstOrDefault(t => t.Name == name);

        private static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);
            if (deprecated is null) return null;
            var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
            return reason is StringValueNode s ? s.Value : SpecifiedDirectives.DefaultDeprecationReason;
        }

        private static string? SpecifiedByUrl(IEnumerable<DirectiveNode> directives) =>
            directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.SpecifiedBy.Name)?
                .Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url ? url.Value : null;
    }
}

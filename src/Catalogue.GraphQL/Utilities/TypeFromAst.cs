using Catalogue.GraphQL.Language;
using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>graphql-js typeFromAST: the schema type a type reference denotes, or null when the named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Get(Schema schema, TypeNode typeNode) => typeNode switch
    {
        ListTypeNode list => Get(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}

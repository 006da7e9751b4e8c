namespace Catalogue.GraphQL.Types;

/// <summary>graphql-js's is…/get… helpers over the type hierarchy; the category checks look through List and NonNull.</summary>
public static class TypePredicates
{
    public static bool IsInputType(GraphQLType? type) => type?.GetNamedType() is IInputType;

    public static bool IsOutputType(GraphQLType? type) => type?.GetNamedType() is IOutputType;

    /// <summary>Scalar or enum (no unwrapping, as in graphql-js isLeafType).</summary>
    public static bool IsLeafType(GraphQLType? type) => type is ILeafType;

    public static bool IsCompositeType(GraphQLType? type) => type is ICompositeType;

    public static bool IsAbstractType(GraphQLType? type) => type is IAbstractType;

    public static bool IsWrappingType(GraphQLType? type) => type is ListType or NonNullType;

    public static bool IsNullableType(GraphQLType? type) => type is not null and not NonNullType;

    public static bool IsRequiredArgument(InputValueDefinition arg) => arg.IsRequired;

    /// <summary>The named type inside any List/NonNull wrappers.</summary>
    public static NamedType GetNamedType(this GraphQLType type)
    {
        var t = type;
        while (true)
        {
            switch (t)
            {
                case ListType l: t = l.OfType; break;
                case NonNullType n: t = n.OfType; break;
                case NamedType named: return named;
                default: throw new InvalidOperationException($"Unexpected type {type}.");
            }
        }
    }

    /// <summary>The type without an outer NonNull.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is NonNullType n ? n.OfType : type;
}

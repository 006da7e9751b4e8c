using Catalogue.GraphQL.Types;

namespace Catalogue.GraphQL.Utilities;

/// <summary>graphql-js utilities/typeComparators: type equality, subtyping and overlap.</summary>
public static class TypeComparators
{
    public static bool IsEqualType(GraphQLType a, GraphQLType b)
    {
        if (ReferenceEquals(a, b)) return true;
        return (a, b) switch
        {
            (NonNullType na, NonNullType nb) => IsEqualType(na.OfType, nb.OfType),
            (ListType la, ListType lb) => IsEqualType(la.OfType, lb.OfType),
            _ => false,
        };
    }

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType sub) return IsTypeSubTypeOf(schema, sub.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType is IAbstractType abstractType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType(abstractType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types share at least one possible object type.</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType a, ICompositeType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is IAbstractType abstractA)
        {
            if (b is IAbstractType abstractB)
                return schema.GetPossibleTypes(abstractA).Any(t => schema.IsSubType(abstractB, t));
            return schema.IsSubType(abstractA, (NamedType)b);
        }
        if (b is IAbstractType abstractB2) return schema.IsSubType(abstractB2, (NamedType)a);
        return false;
    }
}

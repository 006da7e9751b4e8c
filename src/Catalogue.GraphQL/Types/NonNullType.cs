namespace Catalogue.GraphQL.Types;

/// <summary>A non-null wrapper: <c>OfType!</c>. Wrapping another NonNull is forbidden by the spec.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(typeof(NonNullType), OfType);
}

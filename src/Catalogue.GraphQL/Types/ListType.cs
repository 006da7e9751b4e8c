namespace Catalogue.GraphQL.Types;

/// <summary>A list wrapper: <c>[OfType]</c>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override string ToString() => $"[{OfType}]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(typeof(ListType), OfType);
}

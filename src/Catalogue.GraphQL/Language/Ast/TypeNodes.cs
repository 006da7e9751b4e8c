namespace Catalogue.GraphQL.Language;

/// <summary>A type reference: Name, [Type] or Type!.</summary>
public abstract class TypeNode : Node;

public sealed class NamedTypeNode : TypeNode
{
    public override Kind Kind => Kind.NamedType;
    public required NameNode Name { get; init; }
}

public sealed class ListTypeNode : TypeNode
{
    public override Kind Kind => Kind.ListType;
    public required TypeNode Type { get; init; }
}

public sealed class NonNullTypeNode : TypeNode
{
    public override Kind Kind => Kind.NonNullType;
    /// <summary>Always a named or list type: the grammar forbids Type!!.</summary>
    public required TypeNode Type { get; init; }
}

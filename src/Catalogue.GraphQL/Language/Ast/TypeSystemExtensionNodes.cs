namespace Catalogue.GraphQL.Language;

/// <summary><c>extend schema</c> and <c>extend type …</c> definitions.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override Kind Kind => Kind.SchemaExtension;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }
}

public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ScalarTypeExtension;
}

public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ObjectTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InterfaceTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.UnionTypeExtension;
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.EnumTypeExtension;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InputObjectTypeExtension;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

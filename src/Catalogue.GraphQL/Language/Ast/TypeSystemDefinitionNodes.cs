namespace Catalogue.GraphQL.Language;

/// <summary>schema, type and directive definitions and their extensions.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDescription
{
    public override Kind Kind => Kind.SchemaDefinition;
    public StringValueNode? Description { get; init; }
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

public sealed class OperationTypeDefinitionNode : Node
{
    public override Kind Kind => Kind.OperationTypeDefinition;
    public required OperationType Operation { get; init; }
    public required NamedTypeNode Type { get; init; }
}

/// <summary>Definitions of named types (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDescription
{
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ScalarTypeDefinition;
}

public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ObjectTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class FieldDefinitionNode : Node, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.FieldDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];
    public required TypeNode Type { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputValueDefinitionNode : Node, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.InputValueDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InterfaceTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.UnionTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.EnumTypeDefinition;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class EnumValueDefinitionNode : Node, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.EnumValueDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InputObjectTypeDefinition;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

public sealed class DirectiveDefinitionNode : DefinitionNode, IHasDescription
{
    public override Kind Kind => Kind.DirectiveDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];
    public bool Repeatable { get; init; }
    /// <summary>Location names as written (QUERY, FIELD_DEFINITION, …); the parser checks they are known.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}

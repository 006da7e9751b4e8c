namespace Catalogue.GraphQL.Language;

public sealed class OperationDefinitionNode : ExecutableDefinitionNode, IHasDirectives
{
    public override Kind Kind => Kind.OperationDefinition;
    public required OperationType Operation { get; init; }
    public NameNode? Name { get; init; }
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

public sealed class VariableDefinitionNode : Node, IHasDirectives
{
    public override Kind Kind => Kind.VariableDefinition;
    public required VariableNode Variable { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class VariableNode : ValueNode
{
    public override Kind Kind => Kind.Variable;
    public required NameNode Name { get; init; }
}

public sealed class SelectionSetNode : Node
{
    public override Kind Kind => Kind.SelectionSet;
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

public abstract class SelectionNode : Node, IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class FieldNode : SelectionNode
{
    public override Kind Kind => Kind.Field;
    public NameNode? Alias { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: its alias, or else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed class ArgumentNode : Node
{
    public override Kind Kind => Kind.Argument;
    public required NameNode Name { get; init; }
    public required ValueNode Value { get; init; }
}

public sealed class FragmentSpreadNode : SelectionNode
{
    public override Kind Kind => Kind.FragmentSpread;
    public required NameNode Name { get; init; }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override Kind Kind => Kind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; init; }
    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode, IHasDirectives
{
    public override Kind Kind => Kind.FragmentDefinition;
    public required NameNode Name { get; init; }
    public required NamedTypeNode TypeCondition { get; init; }
}

public sealed class DirectiveNode : Node
{
    public override Kind Kind => Kind.Directive;
    public required NameNode Name { get; init; }
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

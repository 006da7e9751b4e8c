namespace Catalogue.GraphQL.Language;

/// <summary>An input value literal (or a variable reference) in a document.</summary>
public abstract class ValueNode : Node;

/// <summary>Value nodes whose content is a single lexical token kept as text.</summary>
public abstract class ScalarValueNode : ValueNode;

public sealed class IntValueNode : ScalarValueNode
{
    public override Kind Kind => Kind.IntValue;
    /// <summary>The digits as written; the schema's scalar decides the range.</summary>
    public required string Value { get; init; }
}

public sealed class FloatValueNode : ScalarValueNode
{
    public override Kind Kind => Kind.FloatValue;
    public required string Value { get; init; }
}

public sealed class StringValueNode : ScalarValueNode
{
    public override Kind Kind => Kind.StringValue;
    /// <summary>The cooked value: escapes resolved, block strings dedented.</summary>
    public required string Value { get; init; }
    /// <summary>True when written as a """block string""".</summary>
    public bool Block { get; init; }
}

public sealed class BooleanValueNode : ScalarValueNode
{
    public override Kind Kind => Kind.BooleanValue;
    public required bool Value { get; init; }
}

public sealed class NullValueNode : ValueNode
{
    public override Kind Kind => Kind.NullValue;
}

public sealed class EnumValueNode : ScalarValueNode
{
    public override Kind Kind => Kind.EnumValue;
    public required string Value { get; init; }
}

public sealed class ListValueNode : ValueNode
{
    public override Kind Kind => Kind.ListValue;
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

public sealed class ObjectValueNode : ValueNode
{
    public override Kind Kind => Kind.ObjectValue;
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

public sealed class ObjectFieldNode : Node
{
    public override Kind Kind => Kind.ObjectField;
    public required NameNode Name { get; init; }
    public required ValueNode Value { get; init; }
}

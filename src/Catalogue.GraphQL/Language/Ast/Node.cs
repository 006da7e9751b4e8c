namespace Catalogue.GraphQL.Language;

/// <summary>
/// Base of every AST node (graphql-js <c>ast.ts</c>). Nodes are immutable classes with reference equality,
/// so validation rules can key dictionaries by node identity.
/// </summary>
public abstract class Node
{
    public abstract Kind Kind { get; }

    /// <summary>Null for nodes built in code rather than parsed (or parsed with <c>NoLocation</c>).</summary>
    public Location? Location { get; init; }

    public override string ToString() => Printer.Print(this);
}

public sealed class NameNode : Node
{
    public NameNode() { }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public NameNode(string value) => Value = value;

    public override Kind Kind => Kind.Name;
    public required string Value { get; init; }
}

public sealed class DocumentNode : Node
{
    public override Kind Kind => Kind.Document;
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode : Node;

/// <summary>Definitions that can be executed: operations and fragments.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>Nodes that carry directives (graphql-js has no common type; it helps KnownDirectives and printers).</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Type-system definition nodes that carry a description.</summary>
public interface IHasDescription
{
    StringValueNode? Description { get; }
}

namespace Catalogue.GraphQL.Language;

/// <summary>
/// A visitor for <see cref="Visitor.Visit"/>; override Enter/Leave and switch on the node type
/// (<c>if (node is FieldNode field)</c>), which replaces graphql-js's per-kind visitor keys.
/// <paramref name="ancestors"/> lists the nodes from the root down to the parent (inclusive); it is live
/// traversal state, so copy it if you keep it.
/// </summary>
public abstract class AstVisitor
{
    public virtual VisitAction Enter(Node node, IReadOnlyList<Node> ancestors) => VisitAction.Continue;

    public virtual VisitAction Leave(Node node, IReadOnlyList<Node> ancestors) => VisitAction.Continue;
}

namespace Catalogue.GraphQL.Language;

/// <summary>
/// Runs several visitors in one traversal (graphql-js <c>visitInParallel</c>): a visitor that skips a node
/// is paused until that node is left, and one that breaks is paused for the rest of the traversal,
/// without affecting the others.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly Node Broken = new NullValueNode();
    private readonly IReadOnlyList<AstVisitor> _visitors;
    private readonly Node?[] _skipping;

    public ParallelVisitor(IReadOnlyList<AstVisitor> visitors)
    {
        _visitors = visitors;
        _skipping = new Node?[visitors.Count];
    }

    public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is not null) continue;
            var action = _visitors[i].Enter(node, ancestors);
            if (action == VisitAction.Skip) _skipping[i] = node;
            else if (action == VisitAction.Break) _skipping[i] = Broken;
        }
        return VisitAction.Continue;
    }

    public override VisitAction Leave(Node node, IReadOnlyList<Node> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node, ancestors) == VisitAction.Break) _skipping[i] = Broken;
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
        return VisitAction.Continue;
    }
}

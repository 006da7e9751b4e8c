namespace Catalogue.GraphQL.Language;

/// <summary>Depth-first traversal of an AST (graphql-js <c>visit</c>, without editing).</summary>
public static class Visitor
{
    /// <summary>Visits <paramref name="root"/> and its descendants in document order; false when a visitor broke off.</summary>
    public static bool Visit(Node root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        return Walk(root, visitor, new List<Node>());
    }

    private static bool Walk(Node node, AstVisitor visitor, List<Node> ancestors)
    {
        var action = visitor.Enter(node, ancestors);
        if (action == VisitAction.Break) return false;
        if (action == VisitAction.Skip) return true;

        ancestors.Add(node);
        foreach (var child in NodeChildren.Of(node))
        {
            if (!Walk(child, visitor, ancestors)) return false;
        }
        ancestors.RemoveAt(ancestors.Count - 1);

        return visitor.Leave(node, ancestors) != VisitAction.Break;
    }
}

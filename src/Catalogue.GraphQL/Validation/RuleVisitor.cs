using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Validation;

/// <summary>
/// A visitor assembled from per-node-type handlers, the C# counterpart of the object literals graphql-js rules
/// return (<c>{ Field(node) {…}, OperationDefinition: { leave() {…} } }</c>).
/// </summary>
public sealed class RuleVisitor : AstVisitor
{
    private readonly Dictionary<Type, Func<Node, IReadOnlyList<Node>, VisitAction>> _enter = [];
    private readonly Dictionary<Type, Func<Node, IReadOnlyList<Node>, VisitAction>> _leave = [];

    public RuleVisitor Enter<T>(Action<T> handler) where T : Node => Enter<T>((n, _) => { handler(n); return VisitAction.Continue; });

    public RuleVisitor Enter<T>(Func<T, VisitAction> handler) where T : Node => Enter<T>((n, _) => handler(n));

    public RuleVisitor Enter<T>(Func<T, IReadOnlyList<Node>, VisitAction> handler) where T : Node
    {
        _enter[typeof(T)] = (n, a) => handler((T)n, a);
        return this;
    }

    public RuleVisitor Leave<T>(Action<T> handler) where T : Node
    {
        _leave[typeof(T)] = (n, _) => { handler((T)n); return VisitAction.Continue; };
        return this;
    }

    public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors) =>
        _enter.TryGetValue(node.GetType(), out var handler) ? handler(node, ancestors) : VisitAction.Continue;

    public override VisitAction Leave(Node node, IReadOnlyList<Node> ancestors) =>
        _leave.TryGetValue(node.GetType(), out var handler) ? handler(node, ancestors) : VisitAction.Continue;
}

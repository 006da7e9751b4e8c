using Catalogue.GraphQL.Language;

namespace Catalogue.GraphQL.Tests.Language;

public class VisitorTests
{
    private sealed class RecordingVisitor(Func<Node, VisitAction>? onEnter = null) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add($"enter {Describe(node)}");
            return onEnter?.Invoke(node) ?? VisitAction.Continue;
        }

        public override VisitAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            Events.Add($"leave {Describe(node)}");
            return VisitAction.Continue;
        }

        private static string Describe(Node node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Visits_in_document_order_with_enter_and_leave()
    {
        var visitor = new RecordingVisitor();
        Visitor.Visit(Parser.Parse("{ a(x: 1) }"), visitor);

        Assert.Equal(new[]
        {
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
            "enter Name a", "leave Name a", "enter Argument", "enter Name x", "leave Name x",
            "enter IntValue", "leave IntValue", "leave Argument", "leave Field", "leave SelectionSet",
            "leave OperationDefinition", "leave Document",
        }, visitor.Events);
    }

    [Fact]
    public void Skip_omits_children_and_leave_break_stops()
    {
        var skipping = new RecordingVisitor(n => n is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue);
        Visitor.Visit(Parser.Parse("{ a { x } b }"), skipping);
        Assert.DoesNotContain("enter Name x", skipping.Events);
        Assert.DoesNotContain("leave Name a", skipping.Events);
        Assert.Contains("enter Name b", skipping.Events);

        var breaking = new RecordingVisitor(n => n is NameNode { Value: "a" } ? VisitAction.Break : VisitAction.Continue);
        Assert.False(Visitor.Visit(Parser.Parse("{ a b }"), breaking));
        Assert.Equal("enter Name a", breaking.Events[^1]);
    }

    [Fact]
    public void Parallel_visitors_skip_and_break_independently()
    {
        var skipper = new RecordingVisitor(n => n is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue);
        var breaker = new RecordingVisitor(n => n is NameNode { Value: "x" } ? VisitAction.Break : VisitAction.Continue);
        var plain = new RecordingVisitor();

        Visitor.Visit(Parser.Parse("{ a { x } b }"), new ParallelVisitor([skipper, breaker, plain]));

        Assert.DoesNotContain("enter Name x", skipper.Events);
        Assert.Contains("enter Name b", skipper.Events);
        Assert.Equal("enter Name x", breaker.Events[^1]);
        Assert.Contains("enter Name x", plain.Events);
        Assert.Equal("leave Document", plain.Events[^1]);
    }

    [Fact]
    public void Ancestors_run_from_root_to_parent()
    {
        var seen = new List<Kind>();
        var visitor = new AncestorProbe(seen);
        Visitor.Visit(Parser.Parse("{ a }"), visitor);
        Assert.Equal([Kind.Document, Kind.OperationDefinition, Kind.SelectionSet], seen);
    }

    private sealed class AncestorProbe(List<Kind> seen) : AstVisitor
    {
        public override VisitAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FieldNode) seen.AddRange(ancestors.Select(a => a.Kind));
            return VisitAction.Continue;
        }
    }
}

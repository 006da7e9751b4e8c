using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Writes a whole in-memory graph as Turtle with subjects grouped and blank nodes nested as <c>[ … ]</c> wherever
/// that is safe: a blank node used as the object of exactly one triple, reached from a root, and not yet written.
/// Everything else (shared or cyclic blank nodes) keeps a label, so the output is always the same graph.
/// </summary>
public static class TurtlePrettyPrinter
{
    public static void Write(IEnumerable<Triple> graph, TextWriter output, RdfWriterOptions? options = null)
    {
        var triples = graph as IReadOnlyList<Triple> ?? graph.ToList();
        var bySubject = new Dictionary<Term, List<Triple>>();
        var subjectOrder = new List<Term>();
        var objectUses = new Dictionary<BlankNode, int>();
        foreach (var t in triples)
        {
            if (!bySubject.TryGetValue(t.Subject, out var list))
            {
                bySubject[t.Subject] = list = new List<Triple>();
                subjectOrder.Add(t.Subject);
            }
            list.Add(t);
            if (t.Object is BlankNode bn) objectUses[bn] = objectUses.GetValueOrDefault(bn) + 1;
        }

        bool Nestable(Term node) => node is BlankNode bn && objectUses.GetValueOrDefault(bn) == 1;

        var written = new HashSet<Term>();
        using var writer = new TurtleWriter(output, options ?? RdfWriterOptions.Default);

        void WriteSubject(Term subject)
        {
            if (!written.Add(subject)) return;
            if (!bySubject.TryGetValue(subject, out var list)) return;
            // Group by predicate so ',' lists come out together; keep first-seen predicate order.
            foreach (var t in list.GroupBy(t => t.Predicate).SelectMany(g => g))
            {
                var inline = Nestable(t.Object) && !written.Contains(t.Object);
                writer.WriteTriple(t, inline);
                if (inline) WriteNested(t.Object);
            }
        }

        void WriteNested(Term node)
        {
            if (bySubject.ContainsKey(node)) WriteSubject(node);
            else written.Add(node);
        }

        foreach (var s in subjectOrder)
            if (!Nestable(s)) WriteSubject(s);
        // Blank nodes only reachable through cycles of single uses: start them with a label.
        foreach (var s in subjectOrder) WriteSubject(s);
    }

    public static string ToString(IEnumerable<Triple> graph, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter();
        Write(graph, sw, options);
        return sw.ToString();
    }
}

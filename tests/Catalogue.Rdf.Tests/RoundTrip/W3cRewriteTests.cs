using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Tests.W3c;
using Catalogue.Rdf.Writing;

namespace Catalogue.Rdf.Tests.RoundTrip;

/// <summary>
/// Every W3C Turtle evaluation input, re-written by our writers (streamed Turtle with the document's own prefixes,
/// pretty-printed Turtle, N-Triples) and parsed again, must still match the expected result.
/// </summary>
public class W3cRewriteTests
{
    public static TheoryData<string> EvalTests()
    {
        var data = new TheoryData<string>();
        foreach (var e in W3cSuites.Turtle.Entries.Where(e => e.Type == "TestTurtleEval")) data.Add(e.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(EvalTests))]
    public void Rewritten_turtle_eval_inputs_keep_their_graph(string id)
    {
        var entry = W3cSuites.Turtle[id];
        var source = new Graph();
        using (var reader = File.OpenText(entry.ActionPath)) new TurtleParser().Parse(reader, source, entry.ActionBaseIri);
        var expected = new NTriplesParser().ParseGraph(File.ReadAllText(entry.ResultPath!));

        var options = new RdfWriterOptions { Prefixes = new PrefixMap(source.Prefixes) };
        var streamed = new StringWriter();
        using (var w = new TurtleWriter(streamed, options)) w.WriteTriples(source.Triples);
        var rewrites = new Dictionary<string, Graph>
        {
            ["streamed turtle"] = new TurtleParser().ParseGraph(streamed.ToString()),
            ["pretty turtle"] = new TurtleParser().ParseGraph(TurtlePrettyPrinter.ToString(source.Triples, options)),
            ["n-triples"] = new NTriplesParser().ParseGraph(NTriplesWriter.ToString(source.Triples)),
        };
        foreach (var (name, graph) in rewrites)
            Assert.True(Isomorphism.AreIsomorphic(expected.Triples, graph.Triples), $"{name} of {id} differs");
    }
}

using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Tests.W3c;

namespace Catalogue.Rdf.Tests.Turtle;

public class TurtleW3cTests
{
    public static TheoryData<string> Tests => W3cSuites.Ids(W3cSuites.Turtle);

    [Theory]
    [MemberData(nameof(Tests))]
    public void Rdf11(string id)
    {
        var entry = W3cSuites.Turtle[id];
        Action<TextReader, IRdfSink, string> parse = (r, s, b) => new TurtleParser().Parse(r, s, b);
        switch (entry.Type)
        {
            case "TestTurtlePositiveSyntax": W3cAssert.Accepts(entry, parse); break;
            case "TestTurtleNegativeSyntax": W3cAssert.Rejects(entry, parse); break;
            case "TestTurtleEval": W3cAssert.Evaluates(entry, parse); break;
            default: Assert.Fail($"Unknown test type {entry.Type}"); break;
        }
    }
}

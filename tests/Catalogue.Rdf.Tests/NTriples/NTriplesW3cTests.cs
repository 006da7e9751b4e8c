using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Tests.W3c;

namespace Catalogue.Rdf.Tests.NTriples;

public class NTriplesW3cTests
{
    public static TheoryData<string> Tests => W3cSuites.Ids(W3cSuites.NTriples);

    [Theory]
    [MemberData(nameof(Tests))]
    public void Rdf11(string id)
    {
        var entry = W3cSuites.NTriples[id];
        Action<TextReader, IRdfSink, string> parse = (r, s, b) => new NTriplesParser().Parse(r, s, b);
        switch (entry.Type)
        {
            case "TestNTriplesPositiveSyntax":
                W3cAssert.Accepts(entry, parse);
                W3cAssert.TurtleAgrees(entry, parse); // N-Triples is a subset of Turtle
                break;
            case "TestNTriplesNegativeSyntax": W3cAssert.Rejects(entry, parse); break;
            default: Assert.Fail($"Unknown test type {entry.Type}"); break;
        }
    }
}

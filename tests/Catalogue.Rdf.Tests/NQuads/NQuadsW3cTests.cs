using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Tests.W3c;

namespace Catalogue.Rdf.Tests.NQuads;

public class NQuadsW3cTests
{
    public static TheoryData<string> Tests => W3cSuites.Ids(W3cSuites.NQuads);

    [Theory]
    [MemberData(nameof(Tests))]
    public void Rdf11(string id)
    {
        var entry = W3cSuites.NQuads[id];
        Action<TextReader, IRdfSink, string> parse = (r, s, b) => new NQuadsParser().Parse(r, s, b);
        switch (entry.Type)
        {
            case "TestNQuadsPositiveSyntax": W3cAssert.Accepts(entry, parse); break;
            case "TestNQuadsNegativeSyntax": W3cAssert.Rejects(entry, parse); break;
            default: Assert.Fail($"Unknown test type {entry.Type}"); break;
        }
    }
}

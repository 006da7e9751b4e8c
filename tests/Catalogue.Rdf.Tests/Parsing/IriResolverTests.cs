using Catalogue.Rdf.Parsing;

namespace Catalogue.Rdf.Tests.Parsing;

public class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 §5.4.1 normal examples and §5.4.2 abnormal examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void Resolves_rfc3986_examples(string relative, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, relative));

    [Theory]
    [InlineData("http://example.org", "x", "http://example.org/x")]
    [InlineData("http://example.org/a#frag", "", "http://example.org/a")]
    [InlineData("http://example.org/a#frag", "#other", "http://example.org/a#other")]
    [InlineData("urn:x:y", "#z", "urn:x:y#z")]
    [InlineData("file:///tmp/a/b.ttl", "../c.ttl", "file:///tmp/c.ttl")]
    [InlineData("http://example.org/é/", "ü", "http://example.org/é/ü")]
    public void Resolves_edge_cases(string baseIri, string relative, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(baseIri, relative));

    [Fact]
    public void Leaves_reference_unchanged_without_a_base() => Assert.Equal("rel/x", IriResolver.Resolve("", "rel/x"));
}

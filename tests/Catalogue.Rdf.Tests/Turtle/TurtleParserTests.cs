using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using RdfNs = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Tests.Turtle;

public class TurtleParserTests
{
    private const string Prologue = "@prefix ex: <http://example.org/> .\n";
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");

    private static Graph Parse(string body, string? baseIri = null) => new TurtleParser().ParseGraph(Prologue + body, baseIri);

    private static Term SingleObject(string body) => Assert.Single(Parse(body).Triples).Object;

    [Theory]
    [InlineData("ex:s ex:p \"unterminated", 2, 11, "Unterminated string")]
    [InlineData("ex:s ex:p ex:o", 2, 15, "Expected '.'")]
    [InlineData("ex:s ex:p nope:o .", 2, 11, "Undefined prefix 'nope:'")]
    [InlineData("ex:s ex:p \"x\"@1en .", 2, 14, "Invalid language tag")]
    [InlineData("\n\n  ex:s <http://e/ space> ex:o .", 4, 18, "not allowed in an IRI")]
    public void Errors_carry_line_and_column(string body, int line, int column, string message)
    {
        var error = Assert.Throws<RdfParseException>(() => Parse(body));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.EndsWith($"on line {line}, column {column}.", error.Message);
    }

    [Theory]
    [InlineData("ex:a.b", "http://example.org/a.b")]
    [InlineData("ex:%41\\~x:y", "http://example.org/%41~x:y")]
    [InlineData("ex:1st", "http://example.org/1st")]
    [InlineData("ex:", "http://example.org/")]
    [InlineData("ex:a\\.", "http://example.org/a.")]
    [InlineData("ex:_x-y·z", "http://example.org/_x-y·z")]
    public void Prefixed_names_follow_the_pn_local_rules(string name, string expected) =>
        Assert.Equal(new Iri(expected), SingleObject($"ex:s ex:p {name}."));

    [Theory]
    [InlineData("1", "1", "integer")]
    [InlineData("-5", "-5", "integer")]
    [InlineData("+0.5", "+0.5", "decimal")]
    [InlineData(".5", ".5", "decimal")]
    [InlineData("1.5e-3", "1.5e-3", "double")]
    [InlineData("1.E3", "1.E3", "double")]
    [InlineData("4e2", "4e2", "double")]
    [InlineData("true", "true", "boolean")]
    [InlineData("false", "false", "boolean")]
    public void Numeric_and_boolean_shorthands_keep_their_lexical_form(string text, string lexical, string datatype) =>
        Assert.Equal(new Literal(lexical, new Iri(Xsd.Ns + datatype)), SingleObject($"ex:s ex:p {text} ."));

    [Fact]
    public void Integer_directly_followed_by_the_final_dot() =>
        Assert.Equal(new Literal("7", Xsd.Integer), SingleObject("ex:s ex:p 7."));

    [Theory]
    [InlineData("\"\"\"a \"quoted\" \"\"b\"\"\"", "a \"quoted\" \"\"b")]
    [InlineData("'''multi\nline'''", "multi\nline")]
    [InlineData("'single \\' quote'", "single ' quote")]
    [InlineData("\"\\u00E9\\U0001F600\\t\"", "é😀\t")]
    [InlineData("\"\"", "")]
    public void String_forms_and_escapes(string text, string value) =>
        Assert.Equal(Literal.Plain(value), SingleObject($"ex:s ex:p {text} ."));

    [Fact]
    public void Language_tags_and_datatypes()
    {
        Assert.Equal(Literal.Lang("x", "en-gb"), SingleObject("ex:s ex:p \"x\"@en-GB ."));
        Assert.Equal(Literal.Typed("x", new Iri("http://example.org/dt")), SingleObject("ex:s ex:p \"x\"^^ex:dt ."));
    }

    [Fact]
    public void Collections_become_rdf_lists()
    {
        var g = Parse("ex:s ex:p ( 1 ex:o ) .");
        var head = g.Match(S, P).Single().Object;
        Assert.Equal(new Literal("1", Xsd.Integer), g.Match(head, RdfNs.First).Single().Object);
        var rest = g.Match(head, RdfNs.Rest).Single().Object;
        Assert.Equal(new Iri("http://example.org/o"), g.Match(rest, RdfNs.First).Single().Object);
        Assert.Equal(RdfNs.Nil, g.Match(rest, RdfNs.Rest).Single().Object);
        Assert.Equal(RdfNs.Nil, SingleObject("ex:s ex:p () ."));
    }

    [Fact]
    public void Anonymous_nodes_never_collide_with_document_labels()
    {
        var g = Parse("_:b0 ex:p [] . _:b0 ex:p _:b0 . [ ex:p _:b1 ] ex:p _:b1 .");
        var distinct = g.Triples.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().Count();
        Assert.Equal(4, distinct); // _:b0, [], _:b1 and the property-list node
    }

    [Fact]
    public void Predicate_object_lists_with_repeated_semicolons()
    {
        var g = Parse("ex:s ex:p 1, 2 ;; ex:q [ ex:r 3 ; ] ; .");
        Assert.Equal(4, g.Count); // s p 1, s p 2, s q _:x, _:x r 3
    }

    [Fact]
    public void Base_and_prefix_directives_in_both_forms_resolve_relative_iris()
    {
        var sink = new RecordingSink();
        new TurtleParser().Parse("BASE <http://a/b/>\nprefix x: <c/>\n@base <d/> .\n<e> x:f <../g> .", sink, "http://ignored/");
        Assert.Equal(["http://a/b/", "http://a/b/d/"], sink.Bases);
        Assert.Equal(("x", "http://a/b/c/"), sink.Prefixes.Single());
        Assert.Equal(new Triple(new Iri("http://a/b/d/e"), new Iri("http://a/b/c/f"), new Iri("http://a/b/g")), sink.Triples.Single());
    }

    [Fact]
    public void Relative_iris_resolve_against_the_given_base() =>
        Assert.Equal(new Iri("http://x/dir/o"), new TurtleParser().ParseGraph("<s> <p> <o> .", "http://x/dir/file.ttl").Triples.Single().Object);

    [Fact]
    public void Hostile_nesting_depth_is_an_error_not_a_stack_overflow()
    {
        var deep = "ex:s ex:p " + string.Concat(Enumerable.Repeat("[ ex:p ", 100_000)) + "1" + new string(']', 100_000) + " .";
        var error = Assert.Throws<RdfParseException>(() => Parse(deep));
        Assert.Contains("Nesting deeper", error.Message);
        var lists = "ex:s ex:p " + new string('(', 100_000) + new string(')', 100_000) + " .";
        Assert.Throws<RdfParseException>(() => Parse(lists));
    }

    [Theory]
    [InlineData("ex:s ex:p ex:o")]
    [InlineData("ex:s ex:p .")]
    [InlineData("ex:s ex:p \"a\"@en^^ex:dt .")]
    [InlineData("[] .")]
    [InlineData("ex:s ex:p 1. 2 .")]
    [InlineData("ex:s a ex:o ; a .")]
    [InlineData("\"lit\" ex:p ex:o .")]
    [InlineData("ex:s \"lit\" ex:o .")]
    [InlineData("@keywords a .")]
    [InlineData("ex:s ex:p ex:o . }")]
    public void Malformed_documents_are_rejected(string body) => Assert.Throws<RdfParseException>(() => Parse(body));

    private sealed class RecordingSink : IRdfSink
    {
        public List<string> Bases { get; } = new();
        public List<(string, string)> Prefixes { get; } = new();
        public List<Triple> Triples { get; } = new();
        public void Base(string baseIri) => Bases.Add(baseIri);
        public void Prefix(string prefix, string namespaceIri) => Prefixes.Add((prefix, namespaceIri));
        public void Triple(Triple triple) => Triples.Add(triple);
    }
}

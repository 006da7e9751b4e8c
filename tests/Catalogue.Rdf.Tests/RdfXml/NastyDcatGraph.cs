using Catalogue.Rdf.Model;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Tests.RdfXml;

/// <summary>A small DCAT catalogue whose literals and IRIs try to break out of XML and JSON escaping.</summary>
public static class NastyDcatGraph
{
    public const string Dcat = "http://www.w3.org/ns/dcat#";
    public const string Dct = "http://purl.org/dc/terms/";

    public static readonly string[] NastyStrings =
    [
        "quotes \" and ' and `",
        "<script>alert('x')</script> & &amp; &#x41;",
        "CDATA end ]]> and <![CDATA[ start",
        "line1\nline2\r\nline3\ttabbed",
        "unicode: é ü ß 中文 العربية",
        "surrogate pair: 😂 𝄞",
        "</dct:title><dct:evil rdf:resource=\"http://evil/\"/>",
        "\"},{\"@id\":\"http://evil/\"}",
        "  leading and trailing spaces  ",
        "",
    ];

    public static Graph Build()
    {
        var g = new Graph();
        var catalogue = new Iri("https://catalogue.example.org/catalogue");
        var dataset = new Iri("https://catalogue.example.org/dataset/1?x=1&y=<2>");
        var spaced = new Iri("https://catalogue.example.org/dataset/with space");
        var publisher = new BlankNode("publisher");
        g.Add(catalogue, RdfTerms.Type, new Iri(Dcat + "Catalog"));
        g.Add(catalogue, new Iri(Dcat + "dataset"), dataset);
        g.Add(catalogue, new Iri(Dcat + "dataset"), spaced);
        g.Add(dataset, RdfTerms.Type, new Iri(Dcat + "Dataset"));
        foreach (var s in NastyStrings) g.Add(dataset, new Iri(Dct + "title"), Literal.Plain(s));
        g.Add(dataset, new Iri(Dct + "description"), Literal.Lang("Données de santé <b>\"fr\"</b>", "fr"));
        g.Add(dataset, new Iri(Dct + "description"), Literal.Lang("Health data", "en-GB"));
        g.Add(dataset, new Iri(Dct + "issued"), Literal.Typed("2024-01-31", Xsd.Date));
        g.Add(dataset, new Iri(Dcat + "byteSize"), Literal.Typed("0042", Xsd.NonNegativeInteger));
        g.Add(dataset, new Iri(Dct + "publisher"), publisher);
        // Predicates outside the declared prefixes, one needing a generated namespace.
        g.Add(dataset, new Iri("http://example.org/vocab/odd-name_1.x"), Literal.Plain("generated prefix"));
        g.Add(dataset, new Iri("http://example.org/vocab/naïve😂x"), Literal.Plain("non-ASCII predicate"));
        g.Add(dataset, new Iri("urn:x-local:prop"), Literal.Typed("<a>&</a>", new Iri("http://example.org/type#weird")));
        g.Add(publisher, RdfTerms.Type, new Iri("http://xmlns.com/foaf/0.1/Agent"));
        g.Add(publisher, new Iri("http://xmlns.com/foaf/0.1/name"), Literal.Plain("Agence \"Santé\" & Co"));
        g.Add(spaced, new Iri(Dct + "title"), Literal.Lang("ünïcödé 😂", "de"));
        return g;
    }

    /// <summary>
    /// The same graph with the characters IRIs may not contain (space, &lt;, &gt;) percent-encoded: JSON-LD toRdf (ours and
    /// jsonld.js) rightly drops such IRIs, so the JSON-LD cross-checks use this form.
    /// </summary>
    public static Graph BuildWithValidIris()
    {
        var g = new Graph();
        foreach (var t in Build().Triples) g.Add(new Triple(Encode(t.Subject), t.Predicate, Encode(t.Object)));
        return g;
    }

    public static Term Encode(Term term) => term is Iri iri
        ? new Iri(iri.Value.Replace(" ", "%20").Replace("<", "%3C").Replace(">", "%3E"))
        : term;
}

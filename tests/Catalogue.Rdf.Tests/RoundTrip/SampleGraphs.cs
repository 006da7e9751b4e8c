using RdfNs = Catalogue.Rdf.Model.Rdf;
using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Tests.RoundTrip;

/// <summary>A realistic DCAT / HealthDCAT-AP style graph whose literals and IRIs are deliberately hostile.</summary>
public static class SampleGraphs
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Vcard = "http://www.w3.org/2006/vcard/ns#";

    /// <summary>Strings that try to break out of a literal or an IRI, or to be mangled by an encoder.</summary>
    public static readonly string[] NastyStrings =
    [
        "",
        "plain",
        "quote \" inside",
        "triple \"\"\" quotes and '''",
        "backslash \\ and \\\" and trailing \\",
        "line\nfeed\r\ncrlf\ttab",
        "controls \u0000\u0001\u0008\u000B\u000C\u001F\u007F",
        "\" . <http://evil.example/s> <http://evil.example/p> \"injected",
        "> <http://evil.example/p> <http://evil.example/o> .",
        "emoji 😀 and 𝄞 and 中文 and é",
        "\U0010FFFF last plane",
        "@en ^^<http://www.w3.org/2001/XMLSchema#integer>",
        "# not a comment",
        "\\u0022 literal backslash-u",
        "ends with quote\"",
        new string('x', 5000),
    ];

    /// <param name="withNul">Include U+0000 in a literal. rapper (raptor) truncates strings at NUL, so the
    /// cross-check against it leaves that one character out; our own round trips keep it.</param>
    public static Graph Catalogue(bool withNul = true)
    {
        var g = new Graph();
        var catalogue = new Iri("https://catalogue.example.org/catalogue");
        g.Add(catalogue, RdfNs.Type, new Iri(Dcat + "Catalog"));
        g.Add(catalogue, new Iri(Dct + "title"), Literal.Lang("Catalogue des données de santé", "fr"));
        g.Add(catalogue, new Iri(Dct + "title"), Literal.Lang("Health data catalogue", "en-GB"));

        for (var i = 0; i < NastyStrings.Length; i++)
        {
            var ds = new Iri($"https://catalogue.example.org/dataset/{i}");
            g.Add(catalogue, new Iri(Dcat + "dataset"), ds);
            g.Add(ds, RdfNs.Type, new Iri(Dcat + "Dataset"));
            var nasty = withNul ? NastyStrings[i] : NastyStrings[i].Replace("\u0000", "");
            g.Add(ds, new Iri(Dct + "title"), Literal.Plain(nasty));
            g.Add(ds, new Iri(Dct + "description"), Literal.Lang(nasty, "fr"));
            g.Add(ds, new Iri(Dct + "identifier"), Literal.Typed(i.ToString(), Xsd.Integer));
            g.Add(ds, new Iri(Dct + "issued"), Literal.Typed("2024-03-0" + (i % 9 + 1), Xsd.Date));
            g.Add(ds, new Iri(Dcat + "keyword"), Literal.Lang("santé", "fr"));
            g.Add(ds, new Iri(Dcat + "keyword"), Literal.Lang("health", "en"));

            // A contact point and a distribution as nested blank nodes, the publisher as a shared one.
            var contact = new BlankNode($"contact{i}");
            g.Add(ds, new Iri(Dcat + "contactPoint"), contact);
            g.Add(contact, RdfNs.Type, new Iri(Vcard + "Kind"));
            g.Add(contact, new Iri(Vcard + "fn"), Literal.Plain("Équipe " + nasty));
            g.Add(contact, new Iri(Vcard + "hasEmail"), new Iri("mailto:data@example.org"));

            var distribution = new BlankNode($"dist{i}");
            g.Add(ds, new Iri(Dcat + "distribution"), distribution);
            g.Add(distribution, new Iri(Dcat + "byteSize"), Literal.Typed((1000 * i).ToString(), Xsd.NonNegativeInteger));
            g.Add(distribution, new Iri(Dcat + "downloadURL"), new Iri($"https://files.example.org/{i}/data set.csv?x=<y>&z={{w}}|^`\\"));
            g.Add(distribution, new Iri(Dct + "format"), Literal.Typed("1.5", Xsd.Decimal));
            g.Add(distribution, new Iri(Dct + "conformsTo"), Literal.Typed("-1.0E3", Xsd.Double));
            g.Add(distribution, new Iri(Dct + "isReplacedBy"), Literal.Typed("true", Xsd.Boolean));

            g.Add(ds, new Iri(Dct + "publisher"), new BlankNode("publisher"));
        }
        g.Add(new BlankNode("publisher"), new Iri(Foaf + "name"), Literal.Plain("Agence \"Santé\" & co <b>"));
        g.Add(new Iri("https://catalogue.example.org/ünïcødé/ä#frag"), new Iri("http://example.org/p%20q"), new Iri("urn:isbn:0451450523"));
        g.Add(new Iri("https://catalogue.example.org/x"), new Iri("http://example.org/typed"), Literal.Typed("weird", new Iri("http://example.org/dt#a b")));
        // Labels from other syntaxes (RDF/XML nodeIDs, JSON-LD) need not be valid Turtle labels.
        g.Add(new BlankNode("odd label/é_1"), new Iri(Foaf + "name"), new BlankNode("-starts.with.dash."));
        g.Add(new BlankNode("-starts.with.dash."), new Iri(Foaf + "name"), Literal.Plain("labelled"));
        return g;
    }
}

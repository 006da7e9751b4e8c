using System.Xml.Linq;

namespace Catalogue.Api.Dcat;

/// <summary>
/// Real harvested RDF/XML (GeoNetwork) writes a label inside a property element that also has rdf:resource, e.g.
/// <c>&lt;dcat:theme rdf:resource="…"&gt;Habitats&lt;/dcat:theme&gt;</c>. That is not RDF/XML, and our parser rightly
/// refuses it; rapper and most harvesters ignore the text. On a failed parse the import retries once with that text
/// removed, so the rest of the document is not lost for a cosmetic label.
/// </summary>
public static class RdfXmlLeniency
{
    private static readonly XNamespace Rdf = Catalogue.Rdf.Model.Rdf.Ns;

    /// <summary>The cleaned document, or null when there was nothing to clean (retrying would fail the same way).</summary>
    public static byte[]? DropTextBesideResource(Stream input)
    {
        input.Position = 0;
        XDocument doc;
        try { doc = XDocument.Load(System.Xml.XmlReader.Create(input, Catalogue.Rdf.Parsing.RdfXmlParser.SafeSettings())); }
        catch (System.Xml.XmlException) { return null; }
        var changed = false;
        foreach (var e in doc.Descendants().Where(e => e.Attribute(Rdf + "resource") is not null && e.Nodes().OfType<XText>().Any()).ToList())
        {
            e.Nodes().OfType<XText>().Remove();
            changed = true;
        }
        if (!changed) return null;
        var output = new MemoryStream();
        doc.Save(output);
        return output.ToArray();
    }
}

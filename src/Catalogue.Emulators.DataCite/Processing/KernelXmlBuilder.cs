using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Catalogue.Emulators.DataCite.Processing;

/// <summary>
/// Regenerates DataCite XML from stored JSON attributes the way bolognese's <c>datacite_utils.rb</c> does
/// (CONTRACT.md §5.2): mandatory wrappers are written even when empty (<c>&lt;titles/&gt;</c>,
/// <c>&lt;publisher/&gt;</c>, <c>&lt;publicationYear/&gt;</c>) so missing values surface as XSD errors, and a
/// missing <c>resourceTypeGeneral</c> falls back to <c>Other</c>.
/// </summary>
internal static class KernelXmlBuilder
{
    private const string Ns = "http://datacite.org/schema/kernel-4";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    public static string Build(string doi, JsonObject a)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = true };
        using (XmlWriter w = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            w.WriteStartElement("resource", Ns);
            // Same attribute order as bolognese's output, so regenerated XML matches recordings byte for byte.
            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            w.WriteAttributeString("xmlns", Ns);
            w.WriteAttributeString("schemaLocation", Xsi, "http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4/metadata.xsd");
            w.WriteStartElement("identifier", Ns);
            w.WriteAttributeString("identifierType", "DOI");
            w.WriteString(doi.ToUpperInvariant());
            w.WriteEndElement();

            w.WriteStartElement("creators", Ns);
            foreach (JsonObject c in Objects(a, "creators")) Person(w, "creator", "creatorName", c);
            w.WriteEndElement();

            w.WriteStartElement("titles", Ns);
            foreach (JsonObject t in Objects(a, "titles"))
                Element(w, "title", Str(t, "title"), ("titleType", Str(t, "titleType")), ("xml:lang", Str(t, "lang")));
            w.WriteEndElement();

            JsonObject? publisher = a["publisher"] switch
            {
                JsonObject o => o,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => new JsonObject { ["name"] = v.GetValue<string>() },
                _ => null,
            };
            Element(w, "publisher", publisher is null ? "" : Str(publisher, "name"),
                ("publisherIdentifier", publisher is null ? null : Str(publisher, "publisherIdentifier")),
                ("publisherIdentifierScheme", publisher is null ? null : Str(publisher, "publisherIdentifierScheme")),
                ("schemeURI", publisher is null ? null : Str(publisher, "schemeUri")),
                ("xml:lang", publisher is null ? null : Str(publisher, "lang")));

            w.WriteElementString("publicationYear", Ns, Str(a, "publicationYear") ?? "");
            ResourceType(w, a["types"] as JsonObject);

            List(w, a, "subjects", "subject", s => Element(w, "subject", Str(s, "subject"),
                ("subjectScheme", Str(s, "subjectScheme")), ("schemeURI", Str(s, "schemeUri")), ("valueURI", Str(s, "valueUri")),
                ("classificationCode", Str(s, "classificationCode")), ("xml:lang", Str(s, "lang"))));
            List(w, a, "contributors", "contributor", c => Person(w, "contributor", "contributorName", c));
            List(w, a, "dates", "date", d => Element(w, "date", Str(d, "date"),
                ("dateType", Str(d, "dateType")), ("dateInformation", Str(d, "dateInformation"))));
            if (Str(a, "language") is { Length: > 0 } language) w.WriteElementString("language", Ns, language);
            List(w, a, "identifiers", "alternateIdentifier", i => Element(w, "alternateIdentifier", Str(i, "identifier"),
                ("alternateIdentifierType", Str(i, "identifierType"))), wrapper: "alternateIdentifiers");
            List(w, a, "relatedIdentifiers", "relatedIdentifier", r => Element(w, "relatedIdentifier", Str(r, "relatedIdentifier"),
                ("relatedIdentifierType", Str(r, "relatedIdentifierType")), ("relationType", Str(r, "relationType")),
                ("resourceTypeGeneral", Str(r, "resourceTypeGeneral")), ("relatedMetadataScheme", Str(r, "relatedMetadataScheme")),
                ("schemeURI", Str(r, "schemeUri")), ("schemeType", Str(r, "schemeType"))));

            // bolognese always writes these three wrappers, empty or not (decoded xml of recording 02).
            w.WriteStartElement("sizes", Ns);
            foreach (string s in Strings(a, "sizes")) w.WriteElementString("size", Ns, s);
            w.WriteEndElement();
            w.WriteStartElement("formats", Ns);
            foreach (string f in Strings(a, "formats")) w.WriteElementString("format", Ns, f);
            w.WriteEndElement();
            w.WriteElementString("version", Ns, Str(a, "version") ?? "");

            List(w, a, "rightsList", "rights", r => Element(w, "rights", Str(r, "rights"),
                ("rightsURI", Str(r, "rightsUri")), ("rightsIdentifier", Str(r, "rightsIdentifier")),
                ("rightsIdentifierScheme", Str(r, "rightsIdentifierScheme")), ("schemeURI", Str(r, "schemeUri")), ("xml:lang", Str(r, "lang"))));
            List(w, a, "descriptions", "description", d => Element(w, "description", Str(d, "description"),
                ("descriptionType", Str(d, "descriptionType")), ("xml:lang", Str(d, "lang"))));
            List(w, a, "geoLocations", "geoLocation", g => GeoLocation(w, g));
            List(w, a, "fundingReferences", "fundingReference", f => Funding(w, f));
            w.WriteEndElement();
        }
        // Nokogiri writes empty elements as <a/>, System.Xml as <a />.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sb.Replace(" />", "/>") + "\n";
    }

    private static void ResourceType(XmlWriter w, JsonObject? types)
    {
        string general = types is null ? "Other" : Str(types, "resourceTypeGeneral") ?? "Other";
        string? text = types is null ? null : Str(types, "resourceType") ?? Str(types, "schemaOrg");
        Element(w, "resourceType", text, ("resourceTypeGeneral", general));
    }

    private static void Person(XmlWriter w, string element, string nameElement, JsonObject p)
    {
        w.WriteStartElement(element, Ns);
        if (element == "contributor") Attr(w, "contributorType", Str(p, "contributorType"));
        Element(w, nameElement, Str(p, "name"), ("nameType", Str(p, "nameType")), ("xml:lang", Str(p, "lang")));
        if (Str(p, "givenName") is { } given) w.WriteElementString("givenName", Ns, given);
        if (Str(p, "familyName") is { } family) w.WriteElementString("familyName", Ns, family);
        foreach (JsonObject id in Objects(p, "nameIdentifiers"))
            Element(w, "nameIdentifier", Str(id, "nameIdentifier"), ("nameIdentifierScheme", Str(id, "nameIdentifierScheme")), ("schemeURI", Str(id, "schemeUri")));
        foreach (JsonObject af in Objects(p, "affiliation"))
            Element(w, "affiliation", Str(af, "name"), ("affiliationIdentifier", Str(af, "affiliationIdentifier")),
                ("affiliationIdentifierScheme", Str(af, "affiliationIdentifierScheme")), ("schemeURI", Str(af, "schemeUri")));
        w.WriteEndElement();
    }

    private static void GeoLocation(XmlWriter w, JsonObject g)
    {
        w.WriteStartElement("geoLocation", Ns);
        if (Str(g, "geoLocationPlace") is { } place) w.WriteElementString("geoLocationPlace", Ns, place);
        if (g["geoLocationPoint"] is JsonObject p)
        {
            w.WriteStartElement("geoLocationPoint", Ns);
            w.WriteElementString("pointLongitude", Ns, Str(p, "pointLongitude") ?? "");
            w.WriteElementString("pointLatitude", Ns, Str(p, "pointLatitude") ?? "");
            w.WriteEndElement();
        }
        if (g["geoLocationBox"] is JsonObject b)
        {
            w.WriteStartElement("geoLocationBox", Ns);
            foreach (string k in new[] { "westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude" })
                w.WriteElementString(k, Ns, Str(b, k) ?? "");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Funding(XmlWriter w, JsonObject f)
    {
        w.WriteStartElement("fundingReference", Ns);
        w.WriteElementString("funderName", Ns, Str(f, "funderName") ?? "");
        if (Str(f, "funderIdentifier") is { } id)
            Element(w, "funderIdentifier", id, ("funderIdentifierType", Str(f, "funderIdentifierType") ?? "Other"), ("schemeURI", Str(f, "schemeUri")));
        if (Str(f, "awardNumber") is { } number) Element(w, "awardNumber", number, ("awardURI", Str(f, "awardUri")));
        if (Str(f, "awardTitle") is { } title) w.WriteElementString("awardTitle", Ns, title);
        w.WriteEndElement();
    }

    private static void List(XmlWriter w, JsonObject a, string key, string item, Action<JsonObject> write, string? wrapper = null)
    {
        List<JsonObject> items = Objects(a, key).ToList();
        if (items.Count == 0) return;
        w.WriteStartElement(wrapper ?? key, Ns);
        foreach (JsonObject o in items) write(o);
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string? text, params (string Name, string? Value)[] attributes)
    {
        w.WriteStartElement(name, Ns);
        foreach ((string n, string? v) in attributes) Attr(w, n, v);
        if (!string.IsNullOrEmpty(text)) w.WriteString(text);
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (name == "xml:lang") w.WriteAttributeString("xml", "lang", XmlNs, value);
        else w.WriteAttributeString(name, value);
    }

    internal static IEnumerable<JsonObject> Objects(JsonObject parent, string key) =>
        parent[key] is JsonArray array ? array.OfType<JsonObject>() : [];

    private static IEnumerable<string> Strings(JsonObject parent, string key) =>
        parent[key] is JsonArray array ? array.OfType<JsonValue>().Select(v => v.ToString()) : [];

    /// <summary>A scalar as text (numbers included), or null.</summary>
    internal static string? Str(JsonObject o, string key) => o[key] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };
}

using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace Catalogue.Emulators.DataCite.Processing;

/// <summary>
/// Reads the <c>xml</c> attribute (base64 DataCite XML) into JSON attributes, the subset of bolognese's
/// <c>datacite_reader.rb</c> the catalogue needs. JSON attributes sent alongside win (CONTRACT.md §3).
/// Other formats bolognese accepts (schema.org, citeproc, BibTeX…) are not read.
/// </summary>
internal static class KernelXmlReader
{
    public sealed record Parsed(string SchemaNamespace, JsonObject Attributes);

    public static Parsed? TryRead(string base64)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }
        catch (Exception e) when (e is FormatException or XmlException)
        {
            return null;
        }
        XElement root = doc.Root!;
        XNamespace ns = root.Name.Namespace;
        var a = new JsonObject
        {
            ["creators"] = People(root.Element(ns + "creators"), ns, "creator", "creatorName"),
            ["titles"] = Items(root.Element(ns + "titles"), e => new JsonObject
            {
                ["title"] = e.Value, ["titleType"] = Attr(e, "titleType"), ["lang"] = Lang(e),
            }),
            ["publicationYear"] = root.Element(ns + "publicationYear")?.Value is { Length: > 0 } year ? year : null,
            ["subjects"] = Items(root.Element(ns + "subjects"), e => new JsonObject
            {
                ["subject"] = e.Value, ["subjectScheme"] = Attr(e, "subjectScheme"), ["schemeUri"] = Attr(e, "schemeURI"),
                ["valueUri"] = Attr(e, "valueURI"), ["classificationCode"] = Attr(e, "classificationCode"), ["lang"] = Lang(e),
            }),
            ["contributors"] = People(root.Element(ns + "contributors"), ns, "contributor", "contributorName"),
            ["dates"] = Items(root.Element(ns + "dates"), e => new JsonObject
            {
                ["date"] = e.Value, ["dateType"] = Attr(e, "dateType"), ["dateInformation"] = Attr(e, "dateInformation"),
            }),
            ["alternateIdentifiers"] = Items(root.Element(ns + "alternateIdentifiers"), e => new JsonObject
            {
                ["alternateIdentifier"] = e.Value, ["alternateIdentifierType"] = Attr(e, "alternateIdentifierType"),
            }),
            ["relatedIdentifiers"] = Items(root.Element(ns + "relatedIdentifiers"), e => new JsonObject
            {
                ["relatedIdentifier"] = e.Value, ["relatedIdentifierType"] = Attr(e, "relatedIdentifierType"),
                ["relationType"] = Attr(e, "relationType"), ["resourceTypeGeneral"] = Attr(e, "resourceTypeGeneral"),
            }),
            ["sizes"] = new JsonArray(root.Element(ns + "sizes")?.Elements().Select(e => (JsonNode)e.Value).ToArray() ?? []),
            ["formats"] = new JsonArray(root.Element(ns + "formats")?.Elements().Select(e => (JsonNode)e.Value).ToArray() ?? []),
            ["rightsList"] = Items(root.Element(ns + "rightsList"), e => new JsonObject
            {
                ["rights"] = e.Value.Length > 0 ? e.Value : null, ["rightsUri"] = Attr(e, "rightsURI"),
                ["rightsIdentifier"] = Attr(e, "rightsIdentifier"), ["rightsIdentifierScheme"] = Attr(e, "rightsIdentifierScheme"),
                ["schemeUri"] = Attr(e, "schemeURI"), ["lang"] = Lang(e),
            }),
            ["descriptions"] = Items(root.Element(ns + "descriptions"), e => new JsonObject
            {
                ["description"] = e.Value, ["descriptionType"] = Attr(e, "descriptionType"), ["lang"] = Lang(e),
            }),
            ["fundingReferences"] = Items(root.Element(ns + "fundingReferences"), e => new JsonObject
            {
                ["funderName"] = e.Element(ns + "funderName")?.Value,
                ["funderIdentifier"] = e.Element(ns + "funderIdentifier")?.Value,
                ["funderIdentifierType"] = e.Element(ns + "funderIdentifier") is { } id ? Attr(id, "funderIdentifierType") : null,
                ["awardNumber"] = e.Element(ns + "awardNumber")?.Value,
                ["awardTitle"] = e.Element(ns + "awardTitle")?.Value,
            }),
        };
        if (root.Element(ns + "publisher") is { } publisher)
            a["publisher"] = new JsonObject
            {
                ["name"] = publisher.Value, ["publisherIdentifier"] = Attr(publisher, "publisherIdentifier"),
                ["publisherIdentifierScheme"] = Attr(publisher, "publisherIdentifierScheme"), ["schemeUri"] = Attr(publisher, "schemeURI"),
            };
        if (root.Element(ns + "resourceType") is { } type)
            a["types"] = new JsonObject { ["resourceTypeGeneral"] = Attr(type, "resourceTypeGeneral"), ["resourceType"] = type.Value.Length > 0 ? type.Value : null };
        if (root.Element(ns + "language")?.Value is { Length: > 0 } language) a["language"] = language;
        if (root.Element(ns + "version")?.Value is { Length: > 0 } version) a["version"] = version;
        return new Parsed(ns.NamespaceName, a);
    }

    private static JsonArray People(XElement? wrapper, XNamespace ns, string item, string nameElement) =>
        new((wrapper?.Elements(ns + item) ?? []).Select(p =>
        {
            XElement? name = p.Element(ns + nameElement);
            var person = new JsonObject
            {
                ["name"] = name?.Value,
                ["nameType"] = name is null ? null : Attr(name, "nameType"),
                ["givenName"] = p.Element(ns + "givenName")?.Value,
                ["familyName"] = p.Element(ns + "familyName")?.Value,
                ["nameIdentifiers"] = new JsonArray(p.Elements(ns + "nameIdentifier").Select(i => (JsonNode)new JsonObject
                {
                    ["nameIdentifier"] = i.Value, ["nameIdentifierScheme"] = Attr(i, "nameIdentifierScheme"), ["schemeUri"] = Attr(i, "schemeURI"),
                }).ToArray()),
                ["affiliation"] = new JsonArray(p.Elements(ns + "affiliation").Select(af => (JsonNode)new JsonObject
                {
                    ["name"] = af.Value, ["affiliationIdentifier"] = Attr(af, "affiliationIdentifier"),
                    ["affiliationIdentifierScheme"] = Attr(af, "affiliationIdentifierScheme"), ["schemeUri"] = Attr(af, "schemeURI"),
                }).ToArray()),
            };
            if (item == "contributor") person["contributorType"] = Attr(p, "contributorType");
            return (JsonNode)person;
        }).ToArray());

    private static JsonArray Items(XElement? wrapper, Func<XElement, JsonObject> map) =>
        new((wrapper?.Elements() ?? []).Select(e => (JsonNode)map(e)).ToArray());

    private static string? Attr(XElement e, string name) => e.Attribute(name)?.Value;

    private static string? Lang(XElement e) => e.Attribute(XNamespace.Xml + "lang")?.Value;
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>
/// Writes DataCite kernel-4.6 XML (<c>http://datacite.org/schema/kernel-4</c>) from <see cref="DataCiteMetadata"/>.
/// Optional wrappers are left out when empty (the XSD allows both; omitting keeps the XML minimal).
/// </summary>
public static class DataCiteXmlWriter
{
    public const string Namespace = "http://datacite.org/schema/kernel-4";
    public const string SchemaLocation = "http://datacite.org/schema/kernel-4 https://schema.datacite.org/meta/kernel-4.6/metadata.xsd";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static string Write(DataCiteMetadata metadata)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var utf16 = new StringWriter(builder, CultureInfo.InvariantCulture))
        using (XmlWriter writer = XmlWriter.Create(utf16, settings))
        {
            Write(writer, metadata);
        }
        // StringWriter forces the declaration to say utf-16; what is sent is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal);
    }

    public static void Write(XmlWriter w, DataCiteMetadata m)
    {
        w.WriteStartElement("resource", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        w.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);

        w.WriteStartElement("identifier", Namespace);
        w.WriteAttributeString("identifierType", "DOI");
        // DataCite stores and writes DOIs upper-case in XML (CONTRACT.md §5.3).
        w.WriteString(m.Identifier?.ToUpperInvariant() ?? "");
        w.WriteEndElement();

        Wrapper(w, "creators", m.Creators, alwaysWrite: true, (c) =>
            Person(w, "creator", "creatorName", c.Name, c.NameType, c.Lang, c.GivenName, c.FamilyName, c.NameIdentifiers, c.Affiliations, null));

        Wrapper(w, "titles", m.Titles, alwaysWrite: true, t =>
        {
            w.WriteStartElement("title", Namespace);
            Attr(w, "titleType", t.TitleType);
            Lang(w, t.Lang);
            w.WriteString(t.Title);
            w.WriteEndElement();
        });

        w.WriteStartElement("publisher", Namespace);
        if (m.Publisher is { } p)
        {
            Attr(w, "publisherIdentifier", p.PublisherIdentifier);
            Attr(w, "publisherIdentifierScheme", p.PublisherIdentifierScheme);
            Attr(w, "schemeURI", p.SchemeUri);
            Lang(w, p.Lang);
            w.WriteString(p.Name);
        }
        w.WriteEndElement();

        w.WriteElementString("publicationYear", Namespace, m.PublicationYear?.ToString("0000", CultureInfo.InvariantCulture) ?? "");

        w.WriteStartElement("resourceType", Namespace);
        w.WriteAttributeString("resourceTypeGeneral", m.ResourceType.ResourceTypeGeneral);
        if (m.ResourceType.ResourceType is { } rt) w.WriteString(rt);
        w.WriteEndElement();

        Wrapper(w, "subjects", m.Subjects, false, s =>
        {
            w.WriteStartElement("subject", Namespace);
            Attr(w, "subjectScheme", s.SubjectScheme);
            Attr(w, "schemeURI", s.SchemeUri);
            Attr(w, "valueURI", s.ValueUri);
            Attr(w, "classificationCode", s.ClassificationCode);
            Lang(w, s.Lang);
            w.WriteString(s.Subject);
            w.WriteEndElement();
        });

        Wrapper(w, "contributors", m.Contributors, false, c =>
            Person(w, "contributor", "contributorName", c.Name, c.NameType, c.Lang, c.GivenName, c.FamilyName, c.NameIdentifiers, c.Affiliations, c.ContributorType));

        Wrapper(w, "dates", m.Dates, false, d =>
        {
            w.WriteStartElement("date", Namespace);
            w.WriteAttributeString("dateType", d.DateType);
            Attr(w, "dateInformation", d.DateInformation);
            w.WriteString(d.Date);
            w.WriteEndElement();
        });

        if (!string.IsNullOrEmpty(m.Language)) w.WriteElementString("language", Namespace, m.Language);

        Wrapper(w, "alternateIdentifiers", m.AlternateIdentifiers, false, a =>
        {
            w.WriteStartElement("alternateIdentifier", Namespace);
            w.WriteAttributeString("alternateIdentifierType", a.AlternateIdentifierType);
            w.WriteString(a.AlternateIdentifier);
            w.WriteEndElement();
        });

        Wrapper(w, "relatedIdentifiers", m.RelatedIdentifiers, false, r =>
        {
            w.WriteStartElement("relatedIdentifier", Namespace);
            w.WriteAttributeString("relatedIdentifierType", r.RelatedIdentifierType);
            w.WriteAttributeString("relationType", r.RelationType);
            Attr(w, "resourceTypeGeneral", r.ResourceTypeGeneral);
            Attr(w, "relatedMetadataScheme", r.RelatedMetadataScheme);
            Attr(w, "schemeURI", r.SchemeUri);
            Attr(w, "schemeType", r.SchemeType);
            w.WriteString(r.RelatedIdentifier);
            w.WriteEndElement();
        });

        Wrapper(w, "sizes", m.Sizes, false, s => w.WriteElementString("size", Namespace, s));
        Wrapper(w, "formats", m.Formats, false, f => w.WriteElementString("format", Namespace, f));
        if (!string.IsNullOrEmpty(m.Version)) w.WriteElementString("version", Namespace, m.Version);

        Wrapper(w, "rightsList", m.RightsList, false, r =>
        {
            w.WriteStartElement("rights", Namespace);
            Attr(w, "rightsURI", r.RightsUri);
            Attr(w, "rightsIdentifier", r.RightsIdentifier);
            Attr(w, "rightsIdentifierScheme", r.RightsIdentifierScheme);
            Attr(w, "schemeURI", r.SchemeUri);
            Lang(w, r.Lang);
            if (r.Rights is { } text) w.WriteString(text);
            w.WriteEndElement();
        });

        Wrapper(w, "descriptions", m.Descriptions, false, d =>
        {
            w.WriteStartElement("description", Namespace);
            w.WriteAttributeString("descriptionType", d.DescriptionType);
            Lang(w, d.Lang);
            w.WriteString(d.Description);
            w.WriteEndElement();
        });

        Wrapper(w, "geoLocations", m.GeoLocations, false, g => GeoLocation(w, g));

        Wrapper(w, "fundingReferences", m.FundingReferences, false, f =>
        {
            w.WriteStartElement("fundingReference", Namespace);
            w.WriteElementString("funderName", Namespace, f.FunderName);
            if (f.FunderIdentifier is { } id)
            {
                w.WriteStartElement("funderIdentifier", Namespace);
                w.WriteAttributeString("funderIdentifierType", f.FunderIdentifierType ?? "Other");
                Attr(w, "schemeURI", f.SchemeUri);
                w.WriteString(id);
                w.WriteEndElement();
            }
            if (f.AwardNumber is { } number)
            {
                w.WriteStartElement("awardNumber", Namespace);
                Attr(w, "awardURI", f.AwardUri);
                w.WriteString(number);
                w.WriteEndElement();
            }
            if (f.AwardTitle is { } title) w.WriteElementString("awardTitle", Namespace, title);
            w.WriteEndElement();
        });

        w.WriteEndElement();
    }

    private static void Person(
        XmlWriter w, string element, string nameElement, string name, string? nameType, string? lang,
        string? givenName, string? familyName, IReadOnlyList<DataCiteNameIdentifier> ids,
        IReadOnlyList<DataCiteAffiliation> affiliations, string? contributorType)
    {
        w.WriteStartElement(element, Namespace);
        Attr(w, "contributorType", contributorType);
        w.WriteStartElement(nameElement, Namespace);
        Attr(w, "nameType", nameType);
        Lang(w, lang);
        w.WriteString(name);
        w.WriteEndElement();
        if (givenName is not null) w.WriteElementString("givenName", Namespace, givenName);
        if (familyName is not null) w.WriteElementString("familyName", Namespace, familyName);
        foreach (DataCiteNameIdentifier id in ids)
        {
            w.WriteStartElement("nameIdentifier", Namespace);
            w.WriteAttributeString("nameIdentifierScheme", id.NameIdentifierScheme);
            Attr(w, "schemeURI", id.SchemeUri);
            w.WriteString(id.NameIdentifier);
            w.WriteEndElement();
        }
        foreach (DataCiteAffiliation a in affiliations)
        {
            w.WriteStartElement("affiliation", Namespace);
            Attr(w, "affiliationIdentifier", a.AffiliationIdentifier);
            Attr(w, "affiliationIdentifierScheme", a.AffiliationIdentifierScheme);
            Attr(w, "schemeURI", a.SchemeUri);
            w.WriteString(a.Name);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void GeoLocation(XmlWriter w, DataCiteGeoLocation g)
    {
        w.WriteStartElement("geoLocation", Namespace);
        if (g.Place is { } place) w.WriteElementString("geoLocationPlace", Namespace, place);
        if (g.Point is { } p)
        {
            w.WriteStartElement("geoLocationPoint", Namespace);
            w.WriteElementString("pointLongitude", Namespace, Number(p.Longitude));
            w.WriteElementString("pointLatitude", Namespace, Number(p.Latitude));
            w.WriteEndElement();
        }
        if (g.Box is { } b)
        {
            w.WriteStartElement("geoLocationBox", Namespace);
            w.WriteElementString("westBoundLongitude", Namespace, Number(b.WestLongitude));
            w.WriteElementString("eastBoundLongitude", Namespace, Number(b.EastLongitude));
            w.WriteElementString("southBoundLatitude", Namespace, Number(b.SouthLatitude));
            w.WriteElementString("northBoundLatitude", Namespace, Number(b.NorthLatitude));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Wrapper<T>(XmlWriter w, string name, IReadOnlyList<T> items, bool alwaysWrite, Action<T> writeItem)
    {
        if (items.Count == 0 && !alwaysWrite) return;
        w.WriteStartElement(name, Namespace);
        foreach (T item in items) writeItem(item);
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) w.WriteAttributeString(name, value);
    }

    private static void Lang(XmlWriter w, string? lang)
    {
        if (!string.IsNullOrEmpty(lang)) w.WriteAttributeString("xml", "lang", XmlNamespace, lang);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

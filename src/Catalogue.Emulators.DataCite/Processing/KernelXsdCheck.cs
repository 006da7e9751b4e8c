using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Catalogue.Emulators.DataCite.Processing;

/// <summary>
/// lupo's <c>xml_schema_validator.rb</c>: validate the regenerated XML against the kernel-4 XSD and report
/// errors as <c>{source, title:"DOI uid: message at line L, column 0", uid}</c>, with libxml2's wording for the
/// failures that matter (CONTRACT.md §5.2). Only the first error per source is kept, as lupo does.
/// </summary>
internal sealed partial class KernelXsdCheck
{
    private const string Ns = "http://datacite.org/schema/kernel-4";

    // lupo renames some element names to model attribute names (xml_schema_validator.rb).
    private static readonly Dictionary<string, string> SourceNames = new()
    {
        ["date"] = "dates",
        ["publicationYear"] = "publication_year",
        ["alternateIdentifiers"] = "identifiers",
        ["relatedIdentifiers"] = "related_identifiers",
        ["geoLocations"] = "geo_locations",
        ["rightsList"] = "rights_list",
        ["fundingReferences"] = "funding_references",
        ["version"] = "version_info",
        ["resource"] = "xml",
    };

    private readonly XmlSchemaSet _schemas;
    // Types by element name ("publicationYear") and attribute ("creatorName@nameType"), to quote facets in messages.
    private readonly Dictionary<string, XmlSchemaType> _types = new(StringComparer.Ordinal);

    public KernelXsdCheck(string schemaDirectory)
    {
        string path = Path.Combine(schemaDirectory, "metadata.xsd");
        if (!File.Exists(path)) throw new FileNotFoundException($"DataCite emulator: schema not found at {path}", path);
        _schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        _schemas.Add(Ns, path);
        _schemas.Compile();
        foreach (XmlSchemaElement root in _schemas.GlobalElements.Values.OfType<XmlSchemaElement>()) IndexTypes(root);
    }

    private void IndexTypes(XmlSchemaParticle? particle)
    {
        switch (particle)
        {
            case XmlSchemaElement e:
                if (e.ElementSchemaType is not { } type || !_types.TryAdd(e.QualifiedName.Name, type)) return;
                if (type is XmlSchemaComplexType complex)
                {
                    foreach (XmlSchemaAttribute a in complex.AttributeUses.Values.OfType<XmlSchemaAttribute>())
                        if (a.AttributeSchemaType is { } attributeType) _types.TryAdd($"{e.QualifiedName.Name}@{a.QualifiedName.Name}", attributeType);
                    IndexTypes(complex.ContentTypeParticle);
                }
                break;
            case XmlSchemaGroupBase group:
                foreach (XmlSchemaParticle item in group.Items.OfType<XmlSchemaParticle>()) IndexTypes(item);
                break;
        }
    }

    public JsonArray Validate(string xml, string uid)
    {
        var errors = new JsonArray();
        var seenSources = new HashSet<string>();
        XDocument document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        document.Validate(_schemas, (sender, args) =>
        {
            (string source, string message) = Translate(sender, args);
            if (!seenSources.Add(source)) return;
            int line = args.Exception?.LineNumber ?? 0;
            errors.Add(new JsonObject
            {
                ["source"] = source,
                ["title"] = $"DOI {uid}: {message} at line {line}, column 0",
                ["uid"] = uid,
            });
        });
        return errors;
    }

    private (string Source, string Message) Translate(object? sender, ValidationEventArgs args)
    {
        string element = sender switch
        {
            XAttribute a => a.Parent!.Name.LocalName,
            XElement e => e.Name.LocalName,
            _ => "resource",
        };
        string source = SourceNames.GetValueOrDefault(element, element);
        if (sender is XAttribute attribute) source = $"{element}', attribute '{attribute.Name.LocalName}";
        string typeKey = sender is XAttribute at ? $"{element}@{at.Name.LocalName}" : element;
        return (source, LibXmlMessage(args.Message, sender, _types.GetValueOrDefault(typeKey)));
    }

    /// <summary>Rewrites System.Xml's wording into libxml2's, which is what DataCite clients see.</summary>
    private static string LibXmlMessage(string message, object? sender, XmlSchemaType? type)
    {
        if (IncompleteContent().Match(message) is { Success: true } incomplete)
        {
            string[] names = ExpectedName().Matches(incomplete.Groups["list"].Value).Select(m => "{" + Ns + "}" + m.Groups[1].Value).ToArray();
            return names.Length == 1
                ? $"Missing child element(s). Expected is ( {names[0]} )."
                : $"Missing child element(s). Expected is one of ( {string.Join(", ", names)} ).";
        }
        string value = sender switch { XAttribute a => a.Value, XElement e => e.Value, _ => "" };
        XmlSchemaSimpleTypeRestriction? restriction = RestrictionOf(type);
        if (message.Contains("Enumeration constraint failed", StringComparison.Ordinal))
        {
            string set = string.Join(", ", Facets<XmlSchemaEnumerationFacet>(restriction).Select(f => $"'{f.Value}'"));
            return $"[facet 'enumeration'] The value '{value}' is not an element of the set {{{set}}}.";
        }
        if (message.Contains("Pattern constraint failed", StringComparison.Ordinal))
        {
            string pattern = Facets<XmlSchemaPatternFacet>(restriction).FirstOrDefault()?.Value ?? "";
            return $"[facet 'pattern'] The value '{value}' is not accepted by the pattern '{pattern}'.";
        }
        if (message.Contains("less than the MinLength", StringComparison.Ordinal))
        {
            string min = Facets<XmlSchemaMinLengthFacet>(restriction).FirstOrDefault()?.Value ?? "1";
            return $"[facet 'minLength'] The value has a length of '{value.Length}'; this underruns the allowed minimum length of '{min}'.";
        }
        return message;
    }

    private static XmlSchemaSimpleTypeRestriction? RestrictionOf(XmlSchemaType? type)
    {
        // Walk up to the simple type that carries the facets (anonymous restrictions and simple content derive from it).
        for (int depth = 0; type is not null && depth < 6; depth++)
        {
            if (type is XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction r } && r.Facets.Count > 0) return r;
            type = type.BaseXmlSchemaType;
        }
        return null;
    }

    private static IEnumerable<T> Facets<T>(XmlSchemaSimpleTypeRestriction? restriction) =>
        restriction?.Facets.OfType<T>() ?? [];

    [GeneratedRegex(@"has incomplete content\. List of possible elements expected: (?<list>.*)$")]
    private static partial Regex IncompleteContent();

    [GeneratedRegex(@"'(\w+)' in namespace")]
    private static partial Regex ExpectedName();
}

using System.Text;
using System.Xml.Linq;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Serialises the content of an <c>rdf:parseType="Literal"</c> property element as Exclusive XML
/// Canonicalization (without comments), which is what RDF 1.1 requires for rdf:XMLLiteral values:
/// only visibly used namespaces are declared, attributes are sorted, and text is escaped the c14n way.
/// </summary>
internal static class RdfXmlLiteralCanonicalizer
{
    public static string Canonicalize(XElement propertyElement)
    {
        var sb = new StringBuilder();
        var rendered = new Dictionary<string, string> { [""] = "" };
        foreach (var node in propertyElement.Nodes()) WriteNode(node, sb, rendered);
        return sb.ToString();
    }

    private static void WriteNode(XNode node, StringBuilder sb, Dictionary<string, string> rendered)
    {
        switch (node)
        {
            case XText text: EscapeText(text.Value, sb); break;
            case XElement element: WriteElement(element, sb, rendered); break;
            case XProcessingInstruction pi:
                sb.Append("<?").Append(pi.Target);
                if (pi.Data.Length > 0) sb.Append(' ').Append(pi.Data);
                sb.Append("?>");
                break;
            // Comments are dropped: RDF uses the "without comments" canonical form.
        }
    }

    private static void WriteElement(XElement element, StringBuilder sb, Dictionary<string, string> inherited)
    {
        var rendered = new Dictionary<string, string>(inherited);
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var elementPrefix = PrefixOf(element, element.Name.Namespace);
        Utilise(elementPrefix, element.Name.NamespaceName, rendered, declarations);

        var attributes = new List<(string Ns, string Local, string QName, string Value)>();
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration) continue;
            var ns = attribute.Name.NamespaceName;
            string qname;
            if (ns.Length == 0) qname = attribute.Name.LocalName;
            else if (ns == RdfXmlNames.XmlNs) qname = "xml:" + attribute.Name.LocalName;
            else
            {
                var prefix = PrefixOf(element, attribute.Name.Namespace) ?? "ns";
                Utilise(prefix, ns, rendered, declarations);
                qname = prefix + ":" + attribute.Name.LocalName;
            }
            attributes.Add((ns, attribute.Name.LocalName, qname, attribute.Value));
        }
        attributes.Sort((a, b) =>
        {
            var byNs = string.CompareOrdinal(a.Ns, b.Ns);
            return byNs != 0 ? byNs : string.CompareOrdinal(a.Local, b.Local);
        });

        var name = string.IsNullOrEmpty(elementPrefix) ? element.Name.LocalName : elementPrefix + ":" + element.Name.LocalName;
        sb.Append('<').Append(name);
        foreach (var (prefix, ns) in declarations)
        {
            sb.Append(prefix.Length == 0 ? " xmlns" : " xmlns:" + prefix).Append("=\"");
            EscapeAttribute(ns, sb);
            sb.Append('"');
        }
        foreach (var a in attributes)
        {
            sb.Append(' ').Append(a.QName).Append("=\"");
            EscapeAttribute(a.Value, sb);
            sb.Append('"');
        }
        sb.Append('>');
        foreach (var child in element.Nodes()) WriteNode(child, sb, rendered);
        sb.Append("</").Append(name).Append('>');
    }

    /// <summary>Declares a prefix on this element unless the nearest rendered ancestor already bound it the same way.</summary>
    private static void Utilise(string? prefix, string ns, Dictionary<string, string> rendered, SortedDictionary<string, string> declarations)
    {
        prefix ??= "";
        if (rendered.TryGetValue(prefix, out var current) && current == ns) return;
        rendered[prefix] = ns;
        declarations[prefix] = ns;
    }

    /// <summary>The prefix bound to a namespace in scope; "" when it is the default namespace.</summary>
    private static string? PrefixOf(XElement element, XNamespace ns)
    {
        if (ns == XNamespace.None) return "";
        if (ns.NamespaceName == RdfXmlNames.XmlNs) return "xml";
        var prefix = element.GetPrefixOfNamespace(ns);
        if (prefix is not null) return prefix;
        return element.GetDefaultNamespace() == ns ? "" : null;
    }

    private static void EscapeText(string value, StringBuilder sb)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    private static void EscapeAttribute(string value, StringBuilder sb)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\t': sb.Append("&#x9;"); break;
                case '\n': sb.Append("&#xA;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}

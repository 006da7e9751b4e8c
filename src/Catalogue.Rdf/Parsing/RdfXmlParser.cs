using System.Xml;
using System.Xml.Linq;
using Catalogue.Rdf.Model;
using RdfTerms = Catalogue.Rdf.Model.Rdf;
using static Catalogue.Rdf.Parsing.RdfXmlNames;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// RDF 1.1 XML Syntax parser. Private methods are named after the grammar productions of §7.2
/// (<c>NodeElement</c>, <c>PropertyElt</c>, <c>ParseTypeResourcePropertyElt</c>…). The document is read through an
/// <see cref="XmlReader"/> with DTDs ignored and no resolver, so external entities (XXE) can never be fetched.
/// </summary>
public sealed class RdfXmlParser
{
    public void Parse(TextReader input, IRdfSink sink, string? baseIri = null) =>
        Parse(XmlReader.Create(input, SafeSettings()), sink, baseIri);

    public void Parse(Stream input, IRdfSink sink, string? baseIri = null) =>
        Parse(XmlReader.Create(input, SafeSettings()), sink, baseIri);

    /// <summary>Settings that make entity expansion attacks and external fetches impossible.</summary>
    public static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = false,
        CloseInput = false,
    };

    private static void Parse(XmlReader reader, IRdfSink sink, string? baseIri)
    {
        XDocument document;
        using (reader)
        {
            try
            {
                document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
            }
            catch (XmlException e)
            {
                throw new RdfParseException("Malformed XML: " + e.Message, e.LineNumber, e.LinePosition);
            }
        }
        new Run(sink).Doc(document.Root!, baseIri ?? "");
    }

    /// <summary>Per-document state: blank-node labels, rdf:ID uniqueness and the sink.</summary>
    private sealed class Run(IRdfSink sink)
    {
        private readonly Dictionary<string, BlankNode> _nodeIds = new();
        private readonly HashSet<string> _usedIds = new();
        private int _blankCounter;

        private readonly record struct Scope(string Base, string? Language);

        public void Doc(XElement root, string baseIri)
        {
            var scope = Inherit(root, new Scope(baseIri, null));
            if (Iri(root) == RdfRoot)
            {
                CheckNoStrayText(root);
                foreach (var attribute in root.Attributes())
                    if (!IsIgnoredAttribute(attribute))
                        throw Error($"Unexpected attribute {attribute.Name} on rdf:RDF", attribute);
                foreach (var child in root.Elements()) NodeElement(child, scope);
            }
            else
            {
                NodeElement(root, new Scope(baseIri, null));
            }
        }

        private Term NodeElement(XElement element, Scope outer)
        {
            var scope = Inherit(element, outer);
            var name = Iri(element);
            if (!IsNodeElementName(name)) throw Error($"{name} is not allowed as a node element", element);

            Term? subject = null;
            var properties = new List<XAttribute>();
            foreach (var attribute in element.Attributes())
            {
                if (IsIgnoredAttribute(attribute)) continue;
                var attributeIri = AttributeIri(attribute);
                switch (attributeIri)
                {
                    case Id: subject = SetOnce(subject, IdIri(attribute, scope), attribute); break;
                    case NodeId: subject = SetOnce(subject, NodeIdBlank(attribute), attribute); break;
                    case About: subject = SetOnce(subject, new Iri(Resolve(scope.Base, attribute.Value)), attribute); break;
                    default:
                        if (!IsPropertyAttributeName(attributeIri))
                            throw Error($"{attributeIri} is not allowed as an attribute of a node element", attribute);
                        properties.Add(attribute);
                        break;
                }
            }
            subject ??= FreshBlank();

            if (name != Description) Emit(subject, RdfTerms.Type, new Iri(name));
            PropertyAttributes(subject, properties, scope);
            PropertyEltList(element, subject, scope);
            return subject;
        }

        private void PropertyAttributes(Term subject, List<XAttribute> properties, Scope scope)
        {
            foreach (var attribute in properties)
            {
                var predicate = AttributeIri(attribute);
                Term value = predicate == TypeIri
                    ? new Iri(Resolve(scope.Base, attribute.Value))
                    : new Literal(attribute.Value, null, scope.Language);
                Emit(subject, new Iri(predicate), value);
            }
        }

        private void PropertyEltList(XElement parent, Term subject, Scope scope)
        {
            CheckNoStrayText(parent);
            var liCounter = 1;
            foreach (var child in parent.Elements()) PropertyElt(child, subject, scope, ref liCounter);
        }

        private void PropertyElt(XElement element, Term subject, Scope outer, ref int liCounter)
        {
            var scope = Inherit(element, outer);
            var name = Iri(element);
            if (!IsPropertyElementName(name)) throw Error($"{name} is not allowed as a property element", element);
            var predicate = new Iri(name == Li ? RdfTerms.Ns + "_" + liCounter++ : name);

            XAttribute? id = null, parseType = null, resource = null, nodeId = null, datatype = null;
            var properties = new List<XAttribute>();
            foreach (var attribute in element.Attributes())
            {
                if (IsIgnoredAttribute(attribute)) continue;
                var attributeIri = AttributeIri(attribute);
                switch (attributeIri)
                {
                    case Id: id = attribute; break;
                    case ParseType: parseType = attribute; break;
                    case Resource: resource = attribute; break;
                    case NodeId: nodeId = attribute; break;
                    case Datatype: datatype = attribute; break;
                    default:
                        if (!IsPropertyAttributeName(attributeIri))
                            throw Error($"{attributeIri} is not allowed as an attribute of a property element", attribute);
                        properties.Add(attribute);
                        break;
                }
            }
            var reification = id is null ? null : IdIri(id, scope);

            if (parseType is not null)
            {
                if (resource is not null || nodeId is not null || datatype is not null || properties.Count > 0)
                    throw Error("rdf:parseType cannot be combined with other RDF attributes", parseType);
                switch (parseType.Value)
                {
                    case "Resource": ParseTypeResourcePropertyElt(element, subject, predicate, reification, scope); return;
                    case "Collection": ParseTypeCollectionPropertyElt(element, subject, predicate, reification, scope); return;
                    default: ParseTypeLiteralPropertyElt(element, subject, predicate, reification); return;
                }
            }

            var children = element.Elements().ToList();
            if (children.Count > 0)
            {
                if (children.Count > 1) throw Error("A property element may contain only one node element", children[1]);
                if (resource is not null || nodeId is not null || datatype is not null || properties.Count > 0)
                    throw Error("A property element with a node element child may only carry rdf:ID", element);
                CheckNoStrayText(element);
                var node = NodeElement(children[0], scope);
                EmitReified(subject, predicate, node, reification);
                return;
            }

            var text = string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));
            if (text.Length > 0 || datatype is not null)
            {
                if (resource is not null || nodeId is not null || properties.Count > 0)
                    throw Error("A literal property element may only carry rdf:ID and rdf:datatype", element);
                Term literal = datatype is not null
                    ? new Literal(text, new Iri(Resolve(scope.Base, datatype.Value)))
                    : new Literal(text, null, scope.Language);
                EmitReified(subject, predicate, literal, reification);
                return;
            }

            EmptyPropertyElt(subject, predicate, reification, resource, nodeId, properties, scope);
        }

        private void EmptyPropertyElt(Term subject, Iri predicate, Iri? reification, XAttribute? resource,
            XAttribute? nodeId, List<XAttribute> properties, Scope scope)
        {
            if (resource is null && nodeId is null && properties.Count == 0)
            {
                EmitReified(subject, predicate, new Literal("", null, scope.Language), reification);
                return;
            }
            if (resource is not null && nodeId is not null)
                throw Error("rdf:resource and rdf:nodeID cannot be used together", nodeId);
            Term obj = resource is not null ? new Iri(Resolve(scope.Base, resource.Value))
                : nodeId is not null ? NodeIdBlank(nodeId)
                : FreshBlank();
            PropertyAttributes(obj, properties, scope);
            EmitReified(subject, predicate, obj, reification);
        }

        private void ParseTypeResourcePropertyElt(XElement element, Term subject, Iri predicate, Iri? reification, Scope scope)
        {
            var node = FreshBlank();
            EmitReified(subject, predicate, node, reification);
            PropertyEltList(element, node, scope);
        }

        private void ParseTypeLiteralPropertyElt(XElement element, Term subject, Iri predicate, Iri? reification)
        {
            var literal = new Literal(RdfXmlLiteralCanonicalizer.Canonicalize(element), new Iri(XmlLiteral));
            EmitReified(subject, predicate, literal, reification);
        }

        private void ParseTypeCollectionPropertyElt(XElement element, Term subject, Iri predicate, Iri? reification, Scope scope)
        {
            CheckNoStrayText(element);
            var items = element.Elements().Select(child => NodeElement(child, scope)).ToList();
            if (items.Count == 0)
            {
                EmitReified(subject, predicate, RdfTerms.Nil, reification);
                return;
            }
            var cells = items.Select(_ => (Term)FreshBlank()).ToList();
            EmitReified(subject, predicate, cells[0], reification);
            for (var i = 0; i < items.Count; i++)
            {
                Emit(cells[i], RdfTerms.First, items[i]);
                Emit(cells[i], RdfTerms.Rest, i + 1 < cells.Count ? cells[i + 1] : RdfTerms.Nil);
            }
        }

        private void EmitReified(Term subject, Iri predicate, Term obj, Iri? reification)
        {
            Emit(subject, predicate, obj);
            if (reification is null) return;
            Emit(reification, RdfTerms.Type, new Iri(RdfTerms.Ns + "Statement"));
            Emit(reification, new Iri(RdfTerms.Ns + "subject"), subject);
            Emit(reification, new Iri(RdfTerms.Ns + "predicate"), predicate);
            Emit(reification, new Iri(RdfTerms.Ns + "object"), obj);
        }

        private void Emit(Term subject, Iri predicate, Term obj) => sink.Triple(new Triple(subject, predicate, obj));

        private Iri IdIri(XAttribute attribute, Scope scope)
        {
            RequireNcName(attribute);
            var iri = Resolve(scope.Base, "#" + attribute.Value);
            if (!_usedIds.Add(iri)) throw Error($"rdf:ID \"{attribute.Value}\" is used twice with the same base", attribute);
            return new Iri(iri);
        }

        private BlankNode NodeIdBlank(XAttribute attribute)
        {
            RequireNcName(attribute);
            if (!_nodeIds.TryGetValue(attribute.Value, out var node))
                _nodeIds[attribute.Value] = node = FreshBlank();
            return node;
        }

        // Document labels are remapped so they can never collide with generated ones.
        private BlankNode FreshBlank() => new("b" + ++_blankCounter);

        private static Term SetOnce(Term? current, Term value, XAttribute attribute) =>
            current is null ? value : throw Error("Only one of rdf:ID, rdf:nodeID and rdf:about may be used", attribute);

        private static void RequireNcName(XAttribute attribute)
        {
            try { XmlConvert.VerifyNCName(attribute.Value); }
            catch (XmlException) { throw Error($"\"{attribute.Value}\" is not an XML NCName", attribute); }
        }

        private static void CheckNoStrayText(XElement element)
        {
            foreach (var text in element.Nodes().OfType<XText>())
                if (!string.IsNullOrWhiteSpace(text.Value)) throw Error("Unexpected text content", text);
        }

        private static Scope Inherit(XElement element, Scope outer)
        {
            var scope = outer;
            var xmlBase = element.Attribute(XNamespace.Xml + "base");
            if (xmlBase is not null) scope = scope with { Base = Resolve(scope.Base, xmlBase.Value) };
            var lang = element.Attribute(XNamespace.Xml + "lang");
            if (lang is not null) scope = scope with { Language = lang.Value.Length == 0 ? null : lang.Value };
            return scope;
        }

        /// <summary>Namespace declarations and xml:* (or any name starting "xml") attributes carry no RDF meaning.</summary>
        private static bool IsIgnoredAttribute(XAttribute attribute)
        {
            if (attribute.IsNamespaceDeclaration) return true;
            if (attribute.Name.NamespaceName == XmlNs) return true;
            return attribute.Name.Namespace == XNamespace.None
                && attribute.Name.LocalName.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
        }

        private static string Iri(XElement element)
        {
            if (element.Name.Namespace == XNamespace.None)
                throw Error($"Element <{element.Name.LocalName}> has no namespace, so it names no IRI", element);
            return element.Name.NamespaceName + element.Name.LocalName;
        }

        /// <summary>Unqualified attributes: the RDF ones are accepted (§6.1.4), any other cannot be turned into an IRI.</summary>
        private static string AttributeIri(XAttribute attribute)
        {
            if (attribute.Name.Namespace != XNamespace.None)
                return attribute.Name.NamespaceName + attribute.Name.LocalName;
            return attribute.Name.LocalName switch
            {
                "about" or "ID" or "resource" or "parseType" or "type" or "nodeID" or "datatype" => RdfTerms.Ns + attribute.Name.LocalName,
                _ => throw Error($"Attribute {attribute.Name.LocalName} has no namespace", attribute),
            };
        }

        private static string Resolve(string baseIri, string reference) => IriResolver.Resolve(baseIri, reference);

        private static RdfParseException Error(string message, IXmlLineInfo at) =>
            new(message, at.HasLineInfo() ? at.LineNumber : 0, at.HasLineInfo() ? at.LinePosition : 0);
    }
}

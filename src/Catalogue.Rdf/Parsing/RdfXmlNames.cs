using Catalogue.Rdf.Model;
using RdfTerms = Catalogue.Rdf.Model.Rdf;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// The syntax-term sets of RDF 1.1 XML Syntax §5.1 that restrict which IRIs may name node elements,
/// property elements and property attributes.
/// </summary>
internal static class RdfXmlNames
{
    public const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    public const string RdfRoot = RdfTerms.Ns + "RDF";
    public const string Id = RdfTerms.Ns + "ID";
    public const string About = RdfTerms.Ns + "about";
    public const string ParseType = RdfTerms.Ns + "parseType";
    public const string Resource = RdfTerms.Ns + "resource";
    public const string NodeId = RdfTerms.Ns + "nodeID";
    public const string Datatype = RdfTerms.Ns + "datatype";
    public const string Description = RdfTerms.Ns + "Description";
    public const string Li = RdfTerms.Ns + "li";
    public const string TypeIri = RdfTerms.Ns + "type";
    public const string XmlLiteral = RdfTerms.Ns + "XMLLiteral";

    private static readonly HashSet<string> CoreSyntaxTerms = [RdfRoot, Id, About, ParseType, Resource, NodeId, Datatype];
    private static readonly HashSet<string> OldTerms = [RdfTerms.Ns + "aboutEach", RdfTerms.Ns + "aboutEachPrefix", RdfTerms.Ns + "bagID"];

    public static bool IsNodeElementName(string iri) => !CoreSyntaxTerms.Contains(iri) && iri != Li && !OldTerms.Contains(iri);

    public static bool IsPropertyElementName(string iri) =>
        !CoreSyntaxTerms.Contains(iri) && iri != Description && !OldTerms.Contains(iri);

    public static bool IsPropertyAttributeName(string iri) =>
        !CoreSyntaxTerms.Contains(iri) && iri != Description && iri != Li && !OldTerms.Contains(iri);
}

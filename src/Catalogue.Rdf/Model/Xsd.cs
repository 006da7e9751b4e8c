namespace Catalogue.Rdf.Model;

/// <summary>Well-known datatype and RDF vocabulary IRIs, interned so comparisons are cheap.</summary>
public static class Xsd
{
    public const string Ns = "http://www.w3.org/2001/XMLSchema#";
    public static readonly Iri String = new(Ns + "string");
    public static readonly Iri Boolean = new(Ns + "boolean");
    public static readonly Iri Integer = new(Ns + "integer");
    public static readonly Iri Decimal = new(Ns + "decimal");
    public static readonly Iri Double = new(Ns + "double");
    public static readonly Iri Date = new(Ns + "date");
    public static readonly Iri DateTime = new(Ns + "dateTime");
    public static readonly Iri GYear = new(Ns + "gYear");
    public static readonly Iri NonNegativeInteger = new(Ns + "nonNegativeInteger");
    public static readonly Iri AnyUri = new(Ns + "anyURI");
    public static readonly Iri Duration = new(Ns + "duration");
    public static readonly Iri LangString = new(Rdf.Ns + "langString");
}

public static class Rdf
{
    public const string Ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly Iri Type = new(Ns + "type");
    public static readonly Iri First = new(Ns + "first");
    public static readonly Iri Rest = new(Ns + "rest");
    public static readonly Iri Nil = new(Ns + "nil");
    public static readonly Iri JsonLiteral = new(Ns + "JSON");
}

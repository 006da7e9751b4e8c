using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Writing;

/// <summary>Formats terms in N-Triples / N-Quads syntax (absolute IRIs, no prefixes, no shorthands).</summary>
public static class NTriplesFormatter
{
    public static void WriteTerm(TextWriter w, Term term)
    {
        switch (term)
        {
            case Iri iri: RdfEscaping.WriteIriRef(w, iri.Value); break;
            case BlankNode bn: RdfEscaping.WriteBlankNode(w, bn.Label); break;
            case Literal lit: WriteLiteral(w, lit); break;
            default: throw new ArgumentException($"Unsupported term {term}", nameof(term));
        }
    }

    public static void WriteLiteral(TextWriter w, Literal literal)
    {
        RdfEscaping.WriteQuotedString(w, literal.Value);
        if (literal.Language is not null) RdfEscaping.WriteLanguageTag(w, literal.Language);
        else if (literal.Datatype.Value != Xsd.String.Value)
        {
            w.Write("^^");
            RdfEscaping.WriteIriRef(w, literal.Datatype.Value);
        }
    }

    /// <summary>Subjects and graph labels: IRIs or blank nodes only.</summary>
    public static void WriteResource(TextWriter w, Term term, string role)
    {
        if (term is Literal) throw new ArgumentException($"A literal cannot be the {role} of a statement: {term}");
        WriteTerm(w, term);
    }
}

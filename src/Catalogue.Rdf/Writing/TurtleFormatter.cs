using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Writing;

/// <summary>
/// Formats terms in Turtle: prefixed names when the prefix map allows it, IRIs relative to the base when that
/// resolves back exactly, and the bare forms of integers, decimals, doubles and booleans when the lexical form
/// already matches the Turtle grammar (so the shorthand denotes the same literal).
/// </summary>
public sealed class TurtleFormatter(PrefixMap prefixes, string? baseIri)
{
    private readonly string? _relativeBase = baseIri is not null && baseIri.EndsWith('/') && baseIri.IndexOf('#') < 0 ? baseIri : null;

    public void WriteTerm(TextWriter w, Term term)
    {
        switch (term)
        {
            case Iri iri: WriteIri(w, iri.Value); break;
            case BlankNode bn: RdfEscaping.WriteBlankNode(w, bn.Label); break;
            case Literal lit: WriteLiteral(w, lit); break;
            default: throw new ArgumentException($"Unsupported term {term}", nameof(term));
        }
    }

    public void WriteIri(TextWriter w, string iri)
    {
        if (prefixes.TryShorten(iri, out var prefix, out var localStart))
        {
            w.Write(prefix);
            w.Write(':');
            w.Write(iri.AsSpan(localStart));
            return;
        }
        if (_relativeBase is not null && TryRelativize(iri, out var relativeStart))
        {
            w.Write('<');
            RdfEscaping.WriteIriBody(w, iri.AsSpan(relativeStart));
            w.Write('>');
            return;
        }
        RdfEscaping.WriteIriRef(w, iri);
    }

    // Only simple names directly below the base: no '/', '.', ':' or '?' that could change resolution.
    private bool TryRelativize(string iri, out int start)
    {
        start = _relativeBase!.Length;
        if (iri.Length <= start || !iri.StartsWith(_relativeBase, StringComparison.Ordinal)) return false;
        var rest = iri.AsSpan(start);
        var end = rest.IndexOf('#');
        var name = end < 0 ? rest : rest[..end];
        if (name.IsEmpty) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')) return false;
        return true;
    }

    public void WriteLiteral(TextWriter w, Literal literal)
    {
        if (literal.Language is null && IsBareForm(literal))
        {
            w.Write(literal.Value);
            return;
        }
        RdfEscaping.WriteQuotedString(w, literal.Value);
        if (literal.Language is not null) RdfEscaping.WriteLanguageTag(w, literal.Language);
        else if (literal.Datatype.Value != Xsd.String.Value)
        {
            w.Write("^^");
            WriteIri(w, literal.Datatype.Value);
        }
    }

    private static bool IsBareForm(Literal literal)
    {
        var dt = literal.Datatype.Value;
        if (!dt.StartsWith(Xsd.Ns, StringComparison.Ordinal)) return false;
        var local = dt.AsSpan(Xsd.Ns.Length);
        return local switch
        {
            "integer" => NumericSyntax.IsInteger(literal.Value),
            "decimal" => NumericSyntax.IsDecimal(literal.Value),
            "double" => NumericSyntax.IsDouble(literal.Value),
            "boolean" => literal.Value is "true" or "false",
            _ => false,
        };
    }
}

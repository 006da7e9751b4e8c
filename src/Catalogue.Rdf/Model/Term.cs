namespace Catalogue.Rdf.Model;

/// <summary>An RDF term: an IRI, a blank node or a literal. Terms are immutable values compared by content.</summary>
public abstract record Term;

/// <summary>An absolute IRI. The value is stored unescaped (as Unicode); writers escape it for their syntax.</summary>
public sealed record Iri(string Value) : Term
{
    public override string ToString() => "<" + Value + ">";
}

/// <summary>A blank node with a document-scoped label (without the <c>_:</c> prefix).</summary>
public sealed record BlankNode(string Label) : Term
{
    public override string ToString() => "_:" + Label;
}

/// <summary>
/// A literal. <see cref="Language"/> is set (lower-cased) for <c>rdf:langString</c>; otherwise
/// <see cref="Datatype"/> is the datatype IRI (xsd:string when the literal is plain).
/// </summary>
public sealed record Literal : Term
{
    public string Value { get; }
    public Iri Datatype { get; }
    public string? Language { get; }

    public Literal(string value, Iri? datatype = null, string? language = null)
    {
        Value = value;
        if (!string.IsNullOrEmpty(language))
        {
            Language = language.ToLowerInvariant();
            Datatype = Xsd.LangString;
        }
        else
        {
            Datatype = datatype ?? Xsd.String;
        }
    }

    public static Literal Plain(string value) => new(value);
    public static Literal Lang(string value, string language) => new(value, null, language);
    public static Literal Typed(string value, Iri datatype) => new(value, datatype);

    public override string ToString() =>
        Language is not null ? $"\"{Value}\"@{Language}"
        : Datatype == Xsd.String ? $"\"{Value}\"" : $"\"{Value}\"^^{Datatype}";
}

namespace Catalogue.Rdf.Writing;

/// <summary>Options shared by the RDF writers. Line-based syntaxes ignore prefixes, base and nesting.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Prefixes declared at the start of a Turtle document and used to shorten IRIs.</summary>
    public PrefixMap Prefixes { get; init; } = new();

    /// <summary>When set, Turtle output declares <c>@base</c> and writes IRIs below it relative to it.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// Turtle streaming hint: every blank node that is the object of a triple is written inline as <c>[ … ]</c>.
    /// The caller guarantees that such a node is the object of that one triple only, and that the triples having it
    /// as subject come right after it (recursively). Off by default, which is always correct.
    /// </summary>
    public bool InlineBlankNodes { get; init; }

    /// <summary>Whether disposing the writer also closes the underlying TextWriter or Stream (like XmlWriterSettings.CloseOutput).</summary>
    public bool CloseOutput { get; init; }

    /// <summary>Indentation unit for Turtle continuation lines.</summary>
    public string Indent { get; init; } = "    ";

    public static RdfWriterOptions Default { get; } = new();
}

using Catalogue.Rdf.Model;

namespace Catalogue.Rdf.Parsing;

/// <summary>
/// Receives what a parser reads, in document order (the N3.js onQuad/onPrefix idea, dotNetRDF's IRdfHandler).
/// A graph collector is just one sink; a streaming converter is another.
/// </summary>
public interface IRdfSink
{
    void Prefix(string prefix, string namespaceIri) { }
    void Base(string baseIri) { }
    void Triple(Triple triple);
    /// <summary>Quads in a named graph; the default implementation keeps default-graph triples only.</summary>
    void Quad(Quad quad) { if (quad.Graph is null) Triple(quad.ToTriple()); }
}
